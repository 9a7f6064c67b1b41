import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadSecondFactorStatus } from "@/lib/pages/second-factor";
import { cardClass, linkClass } from "../ui/styles";

/** The account page's section: on or off, and the way to set it up (optional for parents). */
export async function AccountSecondFactor() {
  const status = await loadSecondFactorStatus();
  const t = await getTranslations("mfa");
  return (
    <section aria-labelledby="second-factor" className={cardClass}>
      <h2 id="second-factor" className="text-lg font-semibold">
        {t("accountTitle")}
      </h2>
      <p className="mt-1">{status.enrolled ? t("accountOn") : t("accountOff")}</p>
      <p className="mt-1 text-slate-700">{status.isMember ? t("accountMemberNote") : t("accountParentNote")}</p>
      {!status.enrolled && (
        <p className="mt-3">
          <Link href="/account/tweestapsverificatie/instellen" className={linkClass}>
            {t("accountSetUp")}
          </Link>
        </p>
      )}
    </section>
  );
}
