"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ServerForm } from "@/components/forms/server-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm, type ServerAction } from "@/components/forms/use-server-form";
import { startRevisionAction, submitForReviewAction } from "@/lib/arrangements/actions";
import { ZStartRevision, ZSubmitForReview } from "@/lib/arrangements/form";
import { Notice } from "../ui/notice";
import { buttonPrimary, buttonSecondary } from "../ui/styles";

type Props = {
  initiativeId: string;
  arrangementId: string;
  versionId: string;
  lockVersion: number;
  isConcept: boolean;
};

/**
 * The editor's buttons: edit or submit a concept, or start a new version after submission. Both
 * forms' state lives here: a submitted concept re-renders as "propose a change" and its notice stays.
 */
export function DraftActions(props: Props) {
  const t = useTranslations("arrangements");
  const router = useRouter();
  const submit = useServerForm({
    schema: ZSubmitForReview,
    action: submitForReviewAction as ServerAction<{ established: boolean }>,
    hidden: { initiativeId: props.initiativeId, versionId: props.versionId, lockVersion: props.lockVersion },
    labels: {},
  });
  const revise = useServerForm({
    schema: ZStartRevision,
    action: startRevisionAction,
    hidden: { initiativeId: props.initiativeId, arrangementId: props.arrangementId },
    labels: {},
    onSuccess: () => router.push(`/initiatieven/${props.initiativeId}/arrangement/bewerken`),
  });
  return (
    <div className="space-y-3">
      {submit.data && <Notice tone="success">{submit.data.established ? t("established") : t("submitted")}</Notice>}
      {props.isConcept ? (
        <ServerForm kit={submit} className="space-y-3">
          <div className="flex flex-wrap gap-3">
            <Link href={`/initiatieven/${props.initiativeId}/arrangement/bewerken`} className={buttonSecondary}>
              {t("editConcept")}
            </Link>
            <SubmitButton label={t("submit")} pendingLabel={t("submitPending")} className={buttonPrimary} />
          </div>
        </ServerForm>
      ) : (
        <ServerForm kit={revise} className="space-y-3">
          <SubmitButton
            label={t("proposeChange")}
            pendingLabel={t("proposeChangePending")}
            className={buttonSecondary}
          />
        </ServerForm>
      )}
    </div>
  );
}
