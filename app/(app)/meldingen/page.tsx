import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/inbox-item-actions";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { cardClass, linkClass } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translator";
import { renderNotification } from "@/lib/notifications/email";
import { loadInbox } from "@/lib/pages/notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ pagina?: string }> }) {
  const page = Number.parseInt((await searchParams).pagina ?? "1", 10);
  const { inbox } = await loadInbox(Number.isFinite(page) ? page : 1);
  const t = await getTranslations("notifications");
  const format = await getFormatter();
  const text = (message: unknown) => renderNotification(t as unknown as Translate, message);
  const unread = inbox.items.some((n) => !n.readAt);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        {unread && <MarkAllReadButton />}
      </PageHeader>
      {inbox.items.length === 0 ? (
        <EmptyState title={t("empty")} body={t("emptyHelp")} />
      ) : (
        <ul className={`${cardClass} divide-y divide-slate-200 p-0 sm:p-0`}>
          {inbox.items.map((n) => (
            <li
              key={n.id}
              className={`flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between ${n.readAt ? "" : "bg-brand-50"}`}
            >
              <div className="min-w-0">
                <p className="text-sm text-slate-700">
                  {!n.readAt && <strong className="mr-2 text-brand-800">{t("new")}</strong>}
                  {t(`kind.${n.kind}`)} · {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
                <Link href={n.link} className={`${linkClass} [overflow-wrap:anywhere]`}>
                  {text(n.message)}
                </Link>
              </div>
              {!n.readAt && <MarkReadButton notificationId={n.id} label={text(n.message)} />}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={inbox.page} pageCount={inbox.pageCount} hrefFor={(p) => `/meldingen?pagina=${p}`} />
    </>
  );
}
