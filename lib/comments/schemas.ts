import { z } from "zod";
import { ZId } from "../validation/id";

const id = ZId;

export const COMMENT_MAX_LENGTH = 5000;
export const MENTION_FIELD_PREFIX = "mention-";

/**
 * The action's FormData flattens repeated names to their last value, so the form names each
 * mention checkbox `mention-<userId>`; this gathers them (and a `mentionUserIds` array from
 * direct callers) into one list.
 */
function gatherMentions(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const input = raw as Record<string, unknown>;
  const given = input.mentionUserIds;
  const listed = Array.isArray(given) ? given : typeof given === "string" && given ? [given] : [];
  const checked = Object.entries(input)
    .filter(([k, v]) => k.startsWith(MENTION_FIELD_PREFIX) && typeof v === "string" && v)
    .map(([, v]) => v);
  return { ...input, mentionUserIds: [...listed, ...checked] };
}

export const ZAddComment = z.preprocess(
  gatherMentions,
  z.object({
    initiativeId: id,
    stepId: id,
    body: z
      .string({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .max(COMMENT_MAX_LENGTH, { error: "commentTooLong" }),
    mentionUserIds: z
      .array(id, { error: "invalid" })
      .max(100, { error: "invalid" })
      .transform((ids) => [...new Set(ids)]),
  }),
);

export type TAddComment = z.output<typeof ZAddComment>;
