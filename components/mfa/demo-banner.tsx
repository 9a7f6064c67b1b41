import { getTranslations } from "next-intl/server";
import { loadSecondFactorStatus } from "@/lib/pages/second-factor";

/** Shown on every page while a demo account skips the second factor (decision 0018). */
export async function DemoSecondFactorBanner() {
  const { demoSkipped } = await loadSecondFactorStatus();
  if (!demoSkipped) return null;
  const t = await getTranslations("mfa");
  return (
    <p role="note" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950">
      {t("demoBanner")}
    </p>
  );
}
