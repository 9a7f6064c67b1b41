"use server";
// Server actions for a child's documents. Uploads arrive as FormData with a `file` field
// (next.config.ts allows bodies just over the 10 MB file limit).
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { ZDeleteChildDocument, ZUploadChildDocument } from "./document-schemas";
import { deleteChildDocument, uploadChildDocument } from "./documents";

export const uploadChildDocumentAction = authedAction(ZUploadChildDocument, async (actor, input) => {
  const row = await uploadChildDocument(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${row.initiativeId}/kinderen/${input.childId}`, "layout");
  return { id: row.id, fileName: row.fileName };
});

export const deleteChildDocumentAction = authedAction(ZDeleteChildDocument, async (actor, input) => {
  const result = await deleteChildDocument(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${result.initiativeId}/kinderen/${input.childId}`, "layout");
  return { id: result.id };
});
