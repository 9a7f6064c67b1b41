import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <>
      <header className="bg-brand-800 px-4 py-4 text-white">
        <p className="mx-auto max-w-md text-lg font-bold">{t("name")}</p>
      </header>
      <main id="inhoud" className="mx-auto max-w-md px-4 py-8">
        {children}
      </main>
    </>
  );
}
