"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { startRevisionAction, submitForReviewAction } from "@/lib/arrangements/actions";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Notice } from "../ui/notice";
import { buttonPrimary, buttonSecondary } from "../ui/styles";

/** The editor's buttons: edit or submit a concept, or start a new version after submission. */
export function DraftActions(props: {
  initiativeId: string;
  arrangementId: string;
  versionId: string;
  lockVersion: number;
  isConcept: boolean;
}) {
  const t = useTranslations("arrangements");
  const router = useRouter();
  const [revision, startRevision] = useActionState(startRevisionAction, null);
  const [submitted, submit] = useActionState(submitForReviewAction, null);
  const errors = useErrorText(props.isConcept ? submitted : revision);
  const editHref = `/initiatieven/${props.initiativeId}/arrangement/bewerken`;
  useEffect(() => {
    if (revision?.ok) router.push(editHref);
  }, [revision, router, editHref]);

  return (
    <div className="space-y-3">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {submitted?.ok && (
        <Notice tone="success">{submitted.data.established ? t("established") : t("submitted")}</Notice>
      )}
      <div className="flex flex-wrap gap-3">
        {props.isConcept ? (
          <>
            <Link href={editHref} className={buttonSecondary}>
              {t("editConcept")}
            </Link>
            <form action={submit}>
              <input type="hidden" name="initiativeId" value={props.initiativeId} />
              <input type="hidden" name="versionId" value={props.versionId} />
              <input type="hidden" name="lockVersion" value={props.lockVersion} />
              <SubmitButton label={t("submit")} pendingLabel={t("submitPending")} className={buttonPrimary} />
            </form>
          </>
        ) : (
          <form action={startRevision}>
            <input type="hidden" name="initiativeId" value={props.initiativeId} />
            <input type="hidden" name="arrangementId" value={props.arrangementId} />
            <SubmitButton
              label={t("proposeChange")}
              pendingLabel={t("proposeChangePending")}
              className={buttonSecondary}
            />
          </form>
        )}
      </div>
    </div>
  );
}
