"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/organisations/actions";
import type { OrganisationSettings } from "@/lib/organisations/settings";
import { MEMBER_ROLES } from "@/lib/organisations/schemas";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { buttonSecondary } from "../ui/styles";

type Member = OrganisationSettings["members"][number];

export function MemberRow({
  member,
  canManage,
  isMe,
  organisationName,
}: {
  member: Member;
  canManage: boolean;
  isMe: boolean;
  organisationName: string;
}) {
  const t = useTranslations("organisation");
  const tRole = useTranslations("role");
  const [roleState, roleAction] = useActionState(changeMemberRoleAction, null);
  const [removeState, removeAction] = useActionState(removeMemberAction, null);
  const roleErrors = useErrorText(roleState);
  const removeErrors = useErrorText(removeState);
  const message =
    roleErrors.form ??
    roleErrors.field("membershipId")?.join(" ") ??
    removeErrors.form ??
    removeErrors.field("membershipId")?.join(" ");
  const selectId = `role-${member.id}`;
  return (
    <tr>
      <td className="px-4 py-3">
        {member.user.name} {isMe && <span className="text-slate-700">{t("you")}</span>}
        {!member.user.active && <span className="ml-2 rounded bg-slate-200 px-2 text-sm">{t("inactive")}</span>}
      </td>
      <td className="px-4 py-3 break-all">{member.user.email}</td>
      <td className="px-4 py-3">
        {canManage ? (
          <form action={roleAction} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="membershipId" value={member.id} />
            <input type="hidden" name="version" value={member.version} />
            <label htmlFor={selectId} className="sr-only">
              {t("roleFor", { name: member.user.name })}
            </label>
            <select
              id={selectId}
              name="role"
              defaultValue={member.role}
              className="min-h-11 rounded-md border border-slate-500 bg-white px-2"
            >
              {MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tRole(r)}
                </option>
              ))}
            </select>
            <SubmitButton label={t("saveRole")} pendingLabel="…" className={buttonSecondary} />
          </form>
        ) : (
          tRole(member.role)
        )}
        {roleState?.ok && (
          <p role="status" className="mt-1 text-sm text-emerald-800">
            {t("roleSaved", { name: member.user.name })}
          </p>
        )}
        {message && (
          <p role="alert" className="mt-1 text-sm font-medium text-red-800">
            {message}
          </p>
        )}
      </td>
      {canManage && (
        <td className="px-4 py-3">
          <ConfirmDialog
            trigger={t("remove")}
            title={t("removeConfirmTitle", { name: member.user.name })}
            body={<p>{t("removeConfirmBody", { name: member.user.name, organisation: organisationName })}</p>}
            confirm={t("removeConfirm")}
            cancel={t("cancel")}
            action={removeAction}
            hidden={{ membershipId: member.id }}
          />
        </td>
      )}
    </tr>
  );
}
