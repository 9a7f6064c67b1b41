import { getFormatter, getTranslations } from "next-intl/server";
import type { OwnSession } from "@/lib/account/session-list";
import { EmptyState } from "../ui/empty-state";
import { RevokeSession } from "./revoke-session";

/** The person's open sessions, most recently used first; "this device" is marked. */
export async function SessionList({ sessions }: { sessions: OwnSession[] }) {
  const t = await getTranslations("sessions");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  if (sessions.length === 0) return <EmptyState title={t("none")} />;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t("listLabel")}>
      {sessions.map((s) => {
        const device =
          s.device.browser && s.device.system
            ? t("deviceOn", { browser: s.device.browser, system: s.device.system })
            : (s.device.browser ?? s.device.system ?? t("unknownDevice"));
        return (
          <li key={s.handle} className="py-3" data-testid="session-row">
            <p className="font-medium">
              {device}
              {s.current && (
                <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-sm font-medium text-emerald-900">
                  {t("thisDevice")}
                </span>
              )}
            </p>
            <dl className="mt-1 grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 text-sm text-slate-700">
              <dt>{t("method")}</dt>
              <dd>{t(`methods.${s.method}` as "methods.PASSWORD")}</dd>
              <dt>{t("started")}</dt>
              <dd>{when(s.createdAt)}</dd>
              <dt>{t("lastUsed")}</dt>
              <dd>{when(s.lastSeenAt)}</dd>
              <dt>{t("address")}</dt>
              <dd className="break-all">{s.clientAddress === "onbekend" ? t("unknownAddress") : s.clientAddress}</dd>
            </dl>
            <div className="mt-2">
              <RevokeSession handle={s.handle} device={device} current={s.current} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
