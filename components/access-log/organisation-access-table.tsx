import { useFormatter, useTranslations } from "next-intl";
import type { AccessLogRow } from "@/lib/access-log/queries";
import { Table, Th, THead } from "../ui/table";

/** An organisation's access log: who, when, what of which record, from where. Child records by reference only. */
export function OrganisationAccessTable({
  entries,
  initiativeNames,
}: {
  entries: AccessLogRow[];
  initiativeNames: Record<string, string>;
}) {
  const t = useTranslations("accessLog");
  const format = useFormatter();
  return (
    <Table caption={t("entries")} minWidth="min-w-[44rem]">
      <THead>
        <Th>{t("when")}</Th>
        <Th>{t("who")}</Th>
        <Th>{t("what")}</Th>
        <Th>{t("subjectColumn")}</Th>
        <Th>{t("from")}</Th>
      </THead>
      <tbody>
        {entries.map((e) => {
          const subject = t(`subject.${e.subjectType}`);
          const initiative = e.initiativeId ? initiativeNames[e.initiativeId] : undefined;
          return (
            <tr key={e.id}>
              <td className="whitespace-nowrap">
                <time dateTime={e.at.toISOString()}>
                  {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" })}
                </time>
              </td>
              <td>
                {e.actorName ?? t("unknownPerson")}
                {e.actingRole && <span className="text-slate-700"> ({t(`role.${e.actingRole}`)})</span>}
              </td>
              <td>{t(`action.${e.action}`)}</td>
              <td>{initiative ? t("in", { subject, initiative }) : subject}</td>
              <td className="break-all">{e.clientAddress}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
