import { useTranslations } from "next-intl";
import type { OrganisationSettings } from "@/lib/organisations/settings";
import { Table, Th, THead } from "../ui/table";
import { MemberRow } from "./member-row";

export function MemberTable({ settings }: { settings: OrganisationSettings }) {
  const t = useTranslations("organisation");
  return (
    <Table caption={t("members")} minWidth="min-w-[36rem]" size="base">
      <THead>
        <Th>{t("memberName")}</Th>
        <Th>{t("memberEmail")}</Th>
        <Th>{t("memberRole")}</Th>
        {settings.canManage && <Th>{t("memberActions")}</Th>}
      </THead>
      <tbody>
        {settings.members.map((m) => (
          <MemberRow
            key={m.id}
            member={m}
            canManage={settings.canManage}
            isMe={m.user.id === settings.myUserId}
            organisationName={settings.organisation.name}
          />
        ))}
      </tbody>
    </Table>
  );
}
