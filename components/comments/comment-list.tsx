import { useFormatter, useTranslations } from "next-intl";
import type { CommentItem } from "@/lib/comments/queries";
import { EmptyState } from "../ui/empty-state";

export function CommentList({ comments, canEdit }: { comments: CommentItem[]; canEdit: boolean }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  if (comments.length === 0) return <EmptyState title={t("empty")} body={canEdit ? t("emptyHelp") : undefined} />;
  return (
    <ol className="space-y-4">
      {comments.map((c) => (
        <li key={c.id}>
          <article className="rounded-md border border-slate-200 p-3">
            <p className="text-sm font-medium text-slate-800">
              {t("by", {
                author: c.authorName,
                date: format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
            <p className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{c.body}</p>
            {c.mentioned.length > 0 && (
              <p className="mt-2 text-sm text-slate-700">{t("mentioned", { names: c.mentioned.join(", ") })}</p>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
