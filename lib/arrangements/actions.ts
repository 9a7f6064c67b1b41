"use server";
// Server actions for the arrangement pages. The workflow functions authorize; FieldErrors on
// "lines.<i>.<field>" come back as field errors on exactly that form field (define-action).
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import {
  ZApproveVersion,
  ZCreateArrangement,
  ZRequestChanges,
  ZSaveConcept,
  ZStartRevision,
  ZSubmitForReview,
} from "./form";
import { createArrangement, saveConcept, startRevision } from "./workflow/draft";
import { approveVersion, requestChanges, submitForReview } from "./workflow/review";

const refresh = (initiativeId: string) => revalidatePath(`/initiatieven/${initiativeId}`, "layout");

export const createArrangementAction = authedAction(
  ZCreateArrangement,
  async (actor, { initiativeId, lines, ...meta }) => {
    const result = await createArrangement(await getDb(), actor, { initiativeId, meta, lines });
    refresh(initiativeId);
    return { ...result, lockVersion: 1 }; // a new version starts at lock version 1
  },
);

export const saveConceptAction = authedAction(
  ZSaveConcept,
  async (actor, { initiativeId, versionId, lockVersion, lines, ...meta }) => {
    const result = await saveConcept(await getDb(), actor, { versionId, lockVersion, meta, lines });
    refresh(initiativeId);
    return result;
  },
);

export const startRevisionAction = authedAction(ZStartRevision, async (actor, input) => {
  const result = await startRevision(await getDb(), actor, { arrangementId: input.arrangementId });
  refresh(input.initiativeId);
  return result;
});

export const submitForReviewAction = authedAction(ZSubmitForReview, async (actor, input) => {
  const result = await submitForReview(await getDb(), actor, {
    versionId: input.versionId,
    lockVersion: input.lockVersion,
  });
  refresh(input.initiativeId);
  return result;
});

export const approveVersionAction = authedAction(ZApproveVersion, async (actor, input) => {
  const result = await approveVersion(await getDb(), actor, { versionId: input.versionId, childId: input.childId });
  refresh(input.initiativeId);
  return result;
});

export const requestChangesAction = authedAction(ZRequestChanges, async (actor, input) => {
  const result = await requestChanges(await getDb(), actor, {
    versionId: input.versionId,
    lineKey: input.lineKey,
    comment: input.comment,
  });
  refresh(input.initiativeId);
  return result;
});
