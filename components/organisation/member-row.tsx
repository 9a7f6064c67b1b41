"use client";
import { useTranslations } from "next-intl";
import { resetSecondFactorAction } from "@/lib/mfa/actions";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/organisations/actions";
import type { OrganisationSettings } from "@/lib/organisations/settings";
import { MEMBER_ROLES, ZChangeMemberRole, ZMembershipRef } from "@/lib/organisations/schemas";
import { useSavedVersion } from "../forms/saved-version";
import { ServerForm } from "../forms/server-form";
import { RowField } from "../forms/sortable-rows";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { conflictTexts, VersionConflict } from "../forms/version-conflict";
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
  const tMfa = useTranslations("mfa");
  const tRole = useTranslations("role");
  const name = member.user.name;
  const roleKit = useServerForm({
    schema: ZChangeMemberRole,
    action: changeMemberRoleAction,
    hidden: { membershipId: member.id },
    idPrefix: `member-${member.id}-`,
    defaultValues: { role: member.role, version: String(member.version) },
    labels: { role: t("roleFor", { name }) },
  });
  // A membership is versioned: a role changed by someone else meanwhile is a conflict, not an overwrite.
  const version = useSavedVersion(roleKit, member.version);
  const removeKit = useServerForm({
    schema: ZMembershipRef,
    action: removeMemberAction,
    hidden: { membershipId: member.id },
    idPrefix: `remove-${member.id}-`,
    labels: {},
  });
  const resetKit = useServerForm({
    schema: ZMembershipRef,
    action: resetSecondFactorAction,
    hidden: { membershipId: member.id },
    idPrefix: `mfa-reset-${member.id}-`,
    labels: {},
  });
  return (
    <tr>
      <td className="px-4 py-3">
        {name} {isMe && <span className="text-slate-700">{t("you")}</span>}
        {!member.user.active && <span className="ml-2 rounded bg-slate-200 px-2 text-sm">{t("inactive")}</span>}
        {canManage && (
          <span className="block text-sm text-slate-700">
            {member.user.totpSecret?.confirmedAt ? tMfa("memberStatusOn") : tMfa("memberStatusOff")}
          </span>
        )}
      </td>
      <td className="px-4 py-3 break-all">{member.user.email}</td>
      <td className="px-4 py-3">
        {canManage ? (
          <ServerForm
            kit={roleKit}
            className="space-y-2"
            conflict={(result) =>
              result.current ? (
                <VersionConflict
                  {...conflictTexts(t)}
                  rows={[
                    {
                      label: t("memberRole"),
                      theirs: tRole(String(result.current.role)),
                      mine: tRole(String(roleKit.form.getValues("role"))),
                    },
                  ]}
                />
              ) : null
            }
          >
            <input type="hidden" name="version" value={version} />
            <div className="flex flex-wrap items-start gap-2">
              <RowField name="role" label={t("roleFor", { name })} hideLabel>
                {(control) => (
                  <select {...control} className="min-h-11 rounded-md border border-slate-500 bg-white px-2">
                    {MEMBER_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {tRole(r)}
                      </option>
                    ))}
                  </select>
                )}
              </RowField>
              <SubmitButton
                label={roleKit.conflict ? t("saveMine") : t("saveRole")}
                pendingLabel={t("savingRole")}
                className={buttonSecondary}
              />
            </div>
            {roleKit.data && (
              <p role="status" className="text-sm text-emerald-800">
                {t("roleSaved", { name })}
              </p>
            )}
          </ServerForm>
        ) : (
          tRole(member.role)
        )}
      </td>
      {canManage && (
        <td className="space-y-2 px-4 py-3">
          {!isMe && (
            <ConfirmDialog
              kit={resetKit}
              trigger={tMfa("reset")}
              title={tMfa("resetConfirmTitle", { name })}
              body={<p>{tMfa("resetConfirmBody", { name })}</p>}
              confirm={tMfa("resetConfirm")}
              cancel={tMfa("cancel")}
            />
          )}
          {resetKit.data && (
            <p role="status" className="text-sm text-emerald-800">
              {tMfa("resetDone", { name })}
            </p>
          )}
          <ConfirmDialog
            kit={removeKit}
            trigger={t("remove")}
            title={t("removeConfirmTitle", { name })}
            body={<p>{t("removeConfirmBody", { name, organisation: organisationName })}</p>}
            confirm={t("removeConfirm")}
            cancel={t("cancel")}
          />
        </td>
      )}
    </tr>
  );
}
