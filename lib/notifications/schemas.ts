// What the notification forms post, importable by the browser (the forms validate with these too).
import { z } from "zod";
import type { NotificationKind } from "../generated/prisma/enums";

/** Kinds a user chooses e-mail for; a request to erase a child's record is always e-mailed. */
export type PreferenceKind = Exclude<NotificationKind, "CHILD_ERASURE">;
export const NOTIFICATION_KINDS: readonly PreferenceKind[] = [
  "TASK_ASSIGNED",
  "STEP_ACTION",
  "MENTION",
  "PHASE_CHANGED",
  "ARRANGEMENT_ACTION",
  "ARRANGEMENT_PROGRESS",
];
export const EMAIL_MODES = ["IMMEDIATE", "DAILY", "OFF"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

export const ZMarkRead = z.object({ notificationId: z.string().trim().min(1).max(64) });
export const ZMarkAllRead = z.object({});

export const ZEmailPreferences = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.enum(EMAIL_MODES, { error: "chooseOption" })])) as Record<
    PreferenceKind,
    z.ZodEnum<{ IMMEDIATE: "IMMEDIATE"; DAILY: "DAILY"; OFF: "OFF" }>
  >,
);
