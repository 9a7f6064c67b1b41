"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeInvitationAction } from "@/lib/organisations/actions";
import type { OrganisationSettings } from "@/lib/organisations/settings";
import { useErrorText } from "../forms/use-error-text";
import { Notice } from "../ui/notice";
import { buttonSecondary } from "../ui/styles";

export function InvitationList({ invitations }: { invitations: OrganisationSettings["invitations"] }) {
  const t = useTranslations("organisation");
  const tRole = useTranslations("role");
  const format = useFormatter();
  const [state, action] = useActionState(revokeInvitationAction, null);
  const errors = useErrorText(state);
  return (
    <div className="space-y-3">
      {state?.ok && <Notice tone="success">{t("revoked")}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {invitations.length === 0 ? (
        <p>{t("invitationsEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {invitations.map((i) => (
            <li key={i.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="font-medium break-all">
                  {i.email} · {tRole(i.role)}
                </p>
                <p className="text-sm text-slate-700">
                  {t("invitedBy")}: {i.invitedBy.name} · {t("invitationExpires")}:{" "}
                  {format.dateTime(i.expiresAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
              </div>
              <form action={action}>
                <input type="hidden" name="invitationId" value={i.id} />
                <button type="submit" className={buttonSecondary} aria-label={t("revokeLabel", { email: i.email })}>
                  {t("revoke")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
