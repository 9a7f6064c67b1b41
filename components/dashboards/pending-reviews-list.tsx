import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboards/dashboard";
import { linkClass } from "../ui/styles";

type Reviews = Extract<DashboardData, { kind: "SWV" | "GEMEENTE" }>["reviews"];

export function PendingReviewsList({ reviews }: { reviews: Reviews }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (reviews.items.length === 0) return <p className="text-slate-700">{t("reviewsEmpty")}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {reviews.items.map((v) => (
        <li key={v.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <Link href={`/initiatieven/${v.arrangement.initiative.id}/arrangement`} className={linkClass}>
            {v.arrangement.initiative.name} · {t("version", { number: v.number })}
          </Link>
          {v.submittedAt && (
            <span className="text-sm text-slate-700">
              {t("submitted")}: {format.dateTime(v.submittedAt, { dateStyle: "medium" })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
