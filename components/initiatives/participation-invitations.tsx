"use client";
import { useFormatter, useTranslations } from "next-intl";
import { acceptParticipationAction, declineParticipationAction } from "@/lib/initiatives/joining-actions";
import { ZParticipationDecision } from "@/lib/initiatives/joining-schemas";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { cardClass } from "../ui/styles";

export type ParticipationInvitation = {
  id: string;
  initiativeName: string;
  hostSchool: string | null;
  invitedBy: string | null;
  invitedAt: Date;
  canDecide: boolean;
};

/**
 * Open invitations of the organisation. Medewerkers and readers see them without buttons (only a
 * beheerder answers); the panel is not shown when there are none.
 */
export function ParticipationInvitations({ invitations }: { invitations: ParticipationInvitation[] }) {
  const t = useTranslations("joining");
  if (invitations.length === 0) return null;
  const canDecide = invitations.some((i) => i.canDecide);
  return (
    <section aria-labelledby="participation-invitations" className={`${cardClass} mb-6`}>
      <h2 id="participation-invitations" className="text-lg font-semibold">
        {t("invitationsTitle")}
      </h2>
      <p className="mb-3 mt-1 text-slate-700">{canDecide ? t("invitationsIntro") : t("invitationsIntroReadOnly")}</p>
      <ul className="divide-y divide-slate-200">
        {invitations.map((invitation) => (
          <InvitationRow key={invitation.id} invitation={invitation} />
        ))}
      </ul>
    </section>
  );
}

function InvitationRow({ invitation }: { invitation: ParticipationInvitation }) {
  const t = useTranslations("joining");
  const format = useFormatter();
  const hidden = { participantId: invitation.id };
  const accept = useServerForm({
    schema: ZParticipationDecision,
    action: acceptParticipationAction,
    hidden,
    idPrefix: `accept-${invitation.id}-`,
    labels: {},
  });
  const decline = useServerForm({
    schema: ZParticipationDecision,
    action: declineParticipationAction,
    hidden,
    idPrefix: `decline-${invitation.id}-`,
    labels: {},
  });
  const when = format.dateTime(invitation.invitedAt, { dateStyle: "medium" });
  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium [overflow-wrap:anywhere]">{invitation.initiativeName}</p>
        <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
          {invitation.invitedBy
            ? t("invitedByOn", { name: invitation.invitedBy, date: when })
            : t("invitedOn", { date: when })}
          {invitation.hostSchool && <> · {t("hostSchool", { school: invitation.hostSchool })}</>}
        </p>
      </div>
      {invitation.canDecide && (
        <div className="flex flex-wrap items-start gap-3">
          <ServerForm kit={accept}>
            <SubmitButton label={t("accept")} pendingLabel={t("accepting")} />
          </ServerForm>
          <ConfirmDialog
            kit={decline}
            trigger={t("decline")}
            title={t("declineTitle", { initiative: invitation.initiativeName })}
            body={<p className="[overflow-wrap:anywhere]">{t("declineBody")}</p>}
            confirm={t("declineConfirm")}
            cancel={t("cancel")}
          />
        </div>
      )}
    </li>
  );
}
