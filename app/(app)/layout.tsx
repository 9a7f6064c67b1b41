import type { ReactNode } from "react";
import { DemoSecondFactorBanner } from "@/components/mfa/demo-banner";
import { AppHeader } from "@/components/shell/app-header";
import { requireActor } from "@/lib/auth/current-actor";
import { loadUnreadCount } from "@/lib/pages/notifications";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const unread = await loadUnreadCount();
  return (
    <>
      <DemoSecondFactorBanner />
      <AppHeader actor={actor} unread={unread} />
      <main id="inhoud" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
