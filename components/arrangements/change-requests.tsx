import { useFormatter, useTranslations } from "next-intl";
import type { CurrentArrangement } from "@/lib/arrangements/queries";

export function ChangeRequests({ arrangement }: { arrangement: CurrentArrangement }) {
  const t = useTranslations("arrangements");
  const format = useFormatter();
  const { lines, changeRequests } = arrangement.latest;
  if (changeRequests.length === 0) return <p className="text-slate-700">{t("changeRequestsEmpty")}</p>;
  const lineLabel = (key: string) => {
    const i = lines.findIndex((l) => l.lineKey === key);
    return i < 0 ? key : `${i + 1}. ${lines[i]!.description}`;
  };
  return (
    <ul className="space-y-3">
      {changeRequests.map((c) => (
        <li key={c.id} className="rounded-md border border-slate-200 p-3 [overflow-wrap:anywhere]">
          <p className="text-sm font-medium">{t("changeRequestLine", { line: lineLabel(c.lineKey) })}</p>
          <p className="whitespace-pre-line">{c.comment}</p>
          <p className="text-sm text-slate-700">
            {t("requestedBy", {
              name: c.requestedByName,
              party: c.organisationName ?? t("parents"),
              date: format.dateTime(c.createdAt, { dateStyle: "medium" }),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
