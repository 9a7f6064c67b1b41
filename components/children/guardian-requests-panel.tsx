"use client";
import { useFormatter, useTranslations } from "next-intl";
import { acceptGuardianInvitationAction, confirmGuardianAction } from "@/lib/children/guardian-actions";
import { ZGuardianRef } from "@/lib/children/schemas";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { cardClass } from "../ui/styles";

type Initiative = { id: string; name: string };
export type GuardianInvitation = {
  id: string;
  childName: string;
  initiative: Initiative;
  invitedBy: string | null;
  createdAt: Date;
};
export type GuardianRequest = {
  id: string;
  parentName: string;
  childName: string;
  birthYear: number;
  initiative: Initiative;
  createdAt: Date;
};

/**
 * For a parent: invitations to become a child's guardian (accept) and other parents' requests
 * (confirm, as a confirmed guardian of the initiative). Not shown when there are none.
 */
export function GuardianRequestsPanel(props: { invitations: GuardianInvitation[]; requests: GuardianRequest[] }) {
  const t = useTranslations("guardianRequests");
  if (props.invitations.length === 0 && props.requests.length === 0) return null;
  return (
    <section aria-labelledby="guardian-requests" className={`${cardClass} mb-6`}>
      <h2 id="guardian-requests" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 mt-1 text-slate-700">{t("intro")}</p>
      <ul className="divide-y divide-slate-200">
        {props.invitations.map((i) => (
          <Row
            key={i.id}
            guardianId={i.id}
            kind="accept"
            text={
              i.invitedBy
                ? t("invitation", { inviter: i.invitedBy, child: i.childName })
                : t("invitationNoInviter", { child: i.childName })
            }
            initiative={i.initiative}
            createdAt={i.createdAt}
          />
        ))}
        {props.requests.map((r) => (
          <Row
            key={r.id}
            guardianId={r.id}
            kind="confirm"
            text={t("request", { parent: r.parentName, child: r.childName, year: String(r.birthYear) })}
            note={t("confirmCheck", { parent: r.parentName, child: r.childName })}
            initiative={r.initiative}
            createdAt={r.createdAt}
          />
        ))}
      </ul>
    </section>
  );
}

function Row(props: {
  guardianId: string;
  kind: "accept" | "confirm";
  text: string;
  note?: string;
  initiative: Initiative;
  createdAt: Date;
}) {
  const t = useTranslations("guardianRequests");
  const format = useFormatter();
  const kit = useServerForm({
    schema: ZGuardianRef,
    action: props.kind === "accept" ? acceptGuardianInvitationAction : confirmGuardianAction,
    hidden: { guardianId: props.guardianId },
    idPrefix: `${props.kind}-${props.guardianId}-`,
    labels: {},
  });
  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium [overflow-wrap:anywhere]">{props.text}</p>
        <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
          {t("initiative", { name: props.initiative.name })} ·{" "}
          {format.dateTime(props.createdAt, { dateStyle: "medium" })}
        </p>
        {props.note && <p className="text-sm text-slate-700">{props.note}</p>}
      </div>
      <ServerForm kit={kit} className="space-y-2">
        {props.kind === "accept" ? (
          <SubmitButton label={t("accept")} pendingLabel={t("accepting")} />
        ) : (
          <SubmitButton label={t("confirm")} pendingLabel={t("confirming")} />
        )}
      </ServerForm>
    </li>
  );
}
