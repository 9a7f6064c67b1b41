import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { InitiativeListItem } from "@/lib/initiatives/queries";
import { linkClass } from "../ui/styles";
import { PhaseBadge } from "./phase-badge";

/** A table on wide screens; each row stays readable when the table scrolls on a phone. */
export function InitiativeTable({ items, caption }: { items: InitiativeListItem[]; caption: string }) {
  const t = useTranslations("home.columns");
  const format = useFormatter();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[40rem] text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-3">
              {t("name")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("phase")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("school")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("gemeenten")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("updated")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row" className="px-4 py-3 font-normal">
                <Link href={`/initiatieven/${i.id}`} className={linkClass}>
                  {i.name}
                </Link>
              </th>
              <td className="px-4 py-3">
                <PhaseBadge phase={i.phase} />
              </td>
              <td className="px-4 py-3">{i.hostSchool?.name ?? "—"}</td>
              <td className="px-4 py-3">{i.gemeenten.join(", ") || "—"}</td>
              <td className="px-4 py-3 whitespace-nowrap">{format.dateTime(i.updatedAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
