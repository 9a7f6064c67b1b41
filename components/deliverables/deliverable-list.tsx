import { useFormatter, useTranslations } from "next-intl";
import type { DeliverableItem } from "@/lib/deliverables/queries";
import { EmptyState } from "../ui/empty-state";
import { linkClass } from "../ui/styles";
import { DeleteDeliverable } from "./delete-deliverable";

const MB = 1024 * 1024;

export function DeliverableList({
  initiativeId,
  items,
  canEdit,
}: {
  initiativeId: string;
  items: DeliverableItem[];
  canEdit: boolean;
}) {
  const t = useTranslations("deliverables");
  const format = useFormatter();
  if (items.length === 0) return <EmptyState title={t("empty")} body={canEdit ? t("emptyHelp") : undefined} />;
  const size = (bytes: number) =>
    bytes >= MB
      ? t("sizeMb", { size: format.number(bytes / MB, { maximumFractionDigits: 1 }) })
      : t("sizeKb", { size: format.number(Math.max(1, Math.ceil(bytes / 1024))) });
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((d) => (
        <li key={d.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <a
              href={`/api/initiatieven/${initiativeId}/bestanden/${d.id}`}
              download
              className={`${linkClass} [overflow-wrap:anywhere]`}
            >
              {d.fileName}
              <span className="sr-only"> ({t("download")})</span>
            </a>
            <p className="text-sm font-medium text-slate-800">
              {d.containsChildData ? t("markedChildData") : t("markedNoChildData")}
            </p>
            <p className="text-sm text-slate-700">
              {size(d.sizeBytes)} · {t("uploadedBy")}: {d.uploadedBy.name} ·{" "}
              {format.dateTime(d.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </p>
          </div>
          {canEdit && <DeleteDeliverable initiativeId={initiativeId} deliverableId={d.id} fileName={d.fileName} />}
        </li>
      ))}
    </ul>
  );
}
