import { useTranslations } from "next-intl";
import type { OrganisationSettings } from "@/lib/organisations/settings";
import { MemberRow } from "./member-row";

export function MemberTable({ settings }: { settings: OrganisationSettings }) {
  const t = useTranslations("organisation");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left">
        <caption className="sr-only">{t("members")}</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-3">
              {t("memberName")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("memberEmail")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("memberRole")}
            </th>
            {settings.canManage && (
              <th scope="col" className="px-4 py-3">
                {t("memberActions")}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {settings.members.map((m) => (
            <MemberRow
              key={`${m.id}-${m.version}`}
              member={m}
              canManage={settings.canManage}
              isMe={m.user.id === settings.myUserId}
              organisationName={settings.organisation.name}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
