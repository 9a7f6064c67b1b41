import { useFormatter, useTranslations } from "next-intl";
import type { ChildAccess } from "@/lib/children/child-access";

/** Date-only columns arrive at UTC midnight: format them in UTC, so the calendar day stays. */
export function useChildFormat() {
  const format = useFormatter();
  const t = useTranslations("children");
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }) : null);
  const period = (from: Date | null, to: Date | null) => {
    const f = date(from);
    const u = date(to);
    if (f && u) return t("periodBoth", { from: f, to: u });
    if (f) return t("periodFrom", { from: f });
    if (u) return t("periodTo", { to: u });
    return null;
  };
  const hours = (hundredths: number | null) =>
    hundredths === null ? null : t("hours", { hours: format.number(hundredths / 100, { maximumFractionDigits: 2 }) });
  const access = (a: ChildAccess) =>
    a.kind === "GUARDIAN"
      ? t("accessAll")
      : t("accessScopes", { scopes: format.list(a.scopes.map((s) => t(`scopeShort.${s}`))) });
  return { date, period, hours, access, notRecorded: t("notRecorded") };
}
