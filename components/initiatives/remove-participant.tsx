"use client";
import { useTranslations } from "next-intl";
import { removeParticipantAction } from "@/lib/initiatives/joining-actions";
import { ZRemoveParticipant } from "@/lib/initiatives/joining-schemas";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";

/** "Verwijderen" behind a confirmation: the party is out on its next request. */
export function RemoveParticipant(props: { initiativeId: string; participantId: string; name: string }) {
  const t = useTranslations("joining");
  const kit = useServerForm({
    schema: ZRemoveParticipant,
    action: removeParticipantAction,
    hidden: { initiativeId: props.initiativeId, participantId: props.participantId },
    idPrefix: `remove-${props.participantId}-`,
    labels: {},
  });
  return (
    <ConfirmDialog
      kit={kit}
      trigger={t("remove")}
      title={t("removeTitle", { name: props.name })}
      body={<p className="[overflow-wrap:anywhere]">{t("removeBody", { name: props.name })}</p>}
      confirm={t("removeConfirm")}
      cancel={t("cancel")}
    />
  );
}
