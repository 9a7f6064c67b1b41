import { useFormatter, useTranslations } from "next-intl";
import type { AccessLogRow } from "@/lib/access-log/queries";

/** "Tom Willems (Basisschool De Vlinderboom, medewerker) heeft de gegevens bekeken — 2 december 2026 09:14". */
export function AccessSentence({ entry }: { entry: AccessLogRow }) {
  const t = useTranslations("accessLog");
  const format = useFormatter();
  const role = entry.actingRole ? t(`role.${entry.actingRole}`) : null;
  const onBehalf = entry.actingOrganisationName
    ? t("onBehalf", { organisation: entry.actingOrganisationName, role: role ?? "" })
    : (role ?? "");
  return (
    <>
      <span>
        {t("sentence", {
          person: entry.actorName ?? t("unknownPerson"),
          onBehalf,
          what: t(`phrase.${entry.action}`),
        })}
      </span>{" "}
      —{" "}
      <time dateTime={entry.at.toISOString()} className="whitespace-nowrap">
        {format.dateTime(entry.at, {
          day: "numeric",
          month: "long",
          year: "numeric",
          hour: "2-digit",
          minute: "2-digit",
          timeZone: "Europe/Amsterdam",
        })}
      </time>
    </>
  );
}
