import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ChildView } from "@/lib/children/queries";
import { Table, Td, Th, THead } from "../ui/table";
import { linkClass } from "../ui/styles";
import { useChildFormat } from "./child-format";

/** The children the actor may see, each in the parts its access allows ("Niet gedeeld" elsewhere). */
export function ChildrenTable({
  initiativeId,
  initiativeName,
  items,
}: {
  initiativeId: string;
  initiativeName: string;
  items: ChildView[];
}) {
  const t = useTranslations("children");
  const tStatus = useTranslations("children.decisionStatus");
  const tStream = useTranslations("arrangements.stream");
  const fmt = useChildFormat();
  const notShared = <span className="text-slate-700">{t("notShared")}</span>;
  return (
    <Table caption={t("listCaption", { initiative: initiativeName })} minWidth="min-w-[48rem]">
      <THead>
        <Th>{t("column.name")}</Th>
        <Th numeric>{t("column.birthYear")}</Th>
        <Th>{t("column.school")}</Th>
        <Th>{t("column.tlv")}</Th>
        <Th>{t("column.opp")}</Th>
        <Th>{t("column.care")}</Th>
        <Th>{t("column.access")}</Th>
      </THead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <Th scope="row" strong anywhere>
              <Link href={`/initiatieven/${initiativeId}/kinderen/${c.id}`} className={linkClass}>
                {c.displayName}
              </Link>
            </Th>
            <Td numeric>{c.birthYear}</Td>
            <Td>{c.onderwijs ? (c.onderwijs.school?.name ?? fmt.notRecorded) : notShared}</Td>
            <Td>
              {c.onderwijs ? (c.onderwijs.tlv.status ? tStatus(c.onderwijs.tlv.status) : fmt.notRecorded) : notShared}
            </Td>
            <Td>{c.onderwijs ? (c.onderwijs.opp.present ? t("yes") : t("no")) : notShared}</Td>
            <Td>
              {c.care === null ? (
                notShared
              ) : c.care.length === 0 ? (
                fmt.notRecorded
              ) : (
                <ul>
                  {c.care.map((care) => (
                    <li key={care.id}>
                      {tStream(care.fundingStream)}: {tStatus(care.status)}
                    </li>
                  ))}
                </ul>
              )}
            </Td>
            <Td>{fmt.access(c.access)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
