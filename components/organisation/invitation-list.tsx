"use client";
import { useFormatter, useTranslations } from "next-intl";
import { revokeInvitationAction } from "@/lib/organisations/actions";
import { ZInvitationRef } from "@/lib/organisations/schemas";
import type { OrganisationSettings } from "@/lib/organisations/settings";
import { ServerForm } from "../forms/server-form";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary } from "../ui/styles";

/**
 * One form for the list: each row's button posts its own invitation's id (the button's value), so
 * the answer (revoked, or why not) stays on the page after the row itself is gone.
 */
export function InvitationList({ invitations }: { invitations: OrganisationSettings["invitations"] }) {
  const t = useTranslations("organisation");
  const tRole = useTranslations("role");
  const format = useFormatter();
  const kit = useServerForm({
    // The id comes with the pressed button, not from a field; the server checks it.
    schema: ZInvitationRef.omit({ invitationId: true }),
    action: revokeInvitationAction,
    labels: {},
  });
  return (
    <ServerForm kit={kit} className="space-y-3">
      {kit.data && <Notice tone="success">{t("revoked")}</Notice>}
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
              <button
                type="submit"
                name="invitationId"
                value={i.id}
                disabled={kit.pending}
                className={buttonSecondary}
                aria-label={t("revokeLabel", { email: i.email })}
              >
                {t("revoke")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </ServerForm>
  );
}
