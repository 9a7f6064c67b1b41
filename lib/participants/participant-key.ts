// An organisation or a parent taking part in an initiative travels through forms, schemas and
// conflict snapshots as one string, "org:<id>" or "user:<id>" (meeting invitees, task and step
// owners, the organisation half of arrangement party keys). This file is the only place that
// writes or reads that string; everywhere else works with the two columns.
import { z } from "zod";

export interface ParticipantRef {
  organisationId: string | null;
  userId: string | null;
}

const KEY = /^(org|user):([A-Za-z0-9_-]+)$/;
const MAX_LENGTH = 80;

/** The key of an organisation or a user; the organisation wins when a row names both. */
export function encodeParticipantKey(ref: { organisationId?: string | null; userId?: string | null }): string {
  if (ref.organisationId) return `org:${ref.organisationId}`;
  if (ref.userId) return `user:${ref.userId}`;
  throw new Error("A participant key names an organisation or a user.");
}

/** Like encodeParticipantKey, but "" when nobody is named (a step without an owner). */
export function encodeOptionalParticipantKey(ref: { organisationId?: string | null; userId?: string | null }): string {
  return ref.organisationId || ref.userId ? encodeParticipantKey(ref) : "";
}

/** The two columns a key stands for, or null for anything that is not a well-formed key. */
export function decodeParticipantKey(key: string): ParticipantRef | null {
  const match = key.length <= MAX_LENGTH ? KEY.exec(key) : null;
  if (!match) return null;
  const [, kind, id] = match as unknown as [string, "org" | "user", string];
  return kind === "org" ? { organisationId: id, userId: null } : { organisationId: null, userId: id };
}

/** The participant a key names, when it is one of these participants; null otherwise. */
export function findParticipant(key: string, participants: readonly ParticipantRef[]): ParticipantRef | null {
  const ref = decodeParticipantKey(key);
  if (!ref) return null;
  const found = participants.some((p) =>
    ref.organisationId ? p.organisationId === ref.organisationId : p.userId === ref.userId,
  );
  return found ? ref : null;
}

/** A participant key from a form ("invalid" otherwise; whether it takes part is checked on save). */
export const ZParticipantKey = z.string().trim().max(MAX_LENGTH, { error: "invalid" }).regex(KEY, { error: "invalid" });

/** A participant key, or "" for nobody. */
export const ZOptionalParticipantKey = z
  .string()
  .trim()
  .max(MAX_LENGTH, { error: "invalid" })
  .regex(new RegExp(`^$|${KEY.source}`), { error: "invalid" });
