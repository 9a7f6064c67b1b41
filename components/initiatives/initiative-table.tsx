import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { InitiativeListItem } from "@/lib/initiatives/queries";
import { linkClass } from "../ui/styles";
import { Table, Td, Th, THead } from "../ui/table";
import { PhaseBadge } from "./phase-badge";

/** A table on wide screens; each row stays readable when the table scrolls on a phone. */
export function InitiativeTable({ items, caption }: { items: InitiativeListItem[]; caption: string }) {
  const t = useTranslations("home.columns");
  const format = useFormatter();
  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <Table caption={caption} minWidth="min-w-[40rem]" size="base">
        <THead>
          <Th>{t("name")}</Th>
          <Th>{t("phase")}</Th>
          <Th>{t("school")}</Th>
          <Th>{t("gemeenten")}</Th>
          <Th>{t("updated")}</Th>
        </THead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <Th scope="row" anywhere>
                <Link href={`/initiatieven/${i.id}`} className={linkClass}>
                  {i.name}
                </Link>
              </Th>
              <Td>
                <PhaseBadge phase={i.phase} />
              </Td>
              <Td anywhere>{i.hostSchool?.name ?? "—"}</Td>
              <Td anywhere>{i.gemeenten.join(", ") || "—"}</Td>
              <Td nowrap>{format.dateTime(i.updatedAt, { dateStyle: "medium" })}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
