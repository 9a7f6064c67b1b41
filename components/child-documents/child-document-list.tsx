import { useFormatter, useTranslations } from "next-intl";
import type { ChildDocumentItem } from "@/lib/children/documents";
import { EmptyState } from "../ui/empty-state";
import { linkClass } from "../ui/styles";
import { DeleteChildDocument } from "./delete-child-document";

const MB = 1024 * 1024;

export function ChildDocumentList({
  initiativeId,
  childId,
  items,
  canEdit,
}: {
  initiativeId: string;
  childId: string;
  items: ChildDocumentItem[];
  canEdit: boolean;
}) {
  const t = useTranslations("childDocuments");
  const tSize = useTranslations("deliverables");
  const tScope = useTranslations("children.consentScope");
  const format = useFormatter();
  if (items.length === 0) return <EmptyState title={t("empty")} body={canEdit ? t("emptyGuardian") : undefined} />;
  const size = (bytes: number) =>
    bytes >= MB
      ? tSize("sizeMb", { size: format.number(bytes / MB, { maximumFractionDigits: 1 }) })
      : tSize("sizeKb", { size: format.number(Math.max(1, Math.ceil(bytes / 1024))) });
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((d) => (
        <li key={d.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <a
              href={`/api/initiatieven/${initiativeId}/kinderen/${childId}/documenten/${d.id}`}
              download
              className={`${linkClass} [overflow-wrap:anywhere]`}
            >
              {d.fileName}
              <span className="sr-only"> ({t("download")})</span>
            </a>
            <p className="text-sm font-medium text-slate-800">{t("scope", { scope: tScope(d.scope) })}</p>
            <p className="text-sm text-slate-700">
              {size(d.sizeBytes)} · {t("uploadedBy")}: {d.uploadedBy.name} ·{" "}
              {format.dateTime(d.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </p>
          </div>
          {canEdit && <DeleteChildDocument childId={childId} documentId={d.id} fileName={d.fileName} />}
        </li>
      ))}
    </ul>
  );
}
