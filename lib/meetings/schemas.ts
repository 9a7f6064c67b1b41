import { z } from "zod";
import { ZParticipantKey } from "../participants/participant-key";
import { MEETING_KINDS, THEME_KEYS, type ThemeKey } from "./agenda-template";
import { parseAmsterdamLocal } from "../time/amsterdam";
import { ZId } from "../validation/id";

const id = ZId;
const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" });

/** A datetime-local value, read as time in the Netherlands. */
const amsterdamDateTime = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .transform((v, ctx) => {
    const date = parseAmsterdamLocal(v);
    if (!date) ctx.addIssue({ code: "custom", message: "dateTimeInvalid" });
    else if (date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100)
      ctx.addIssue({ code: "custom", message: "dateOutOfRange" });
    return date ?? new Date(Number.NaN);
  });

/** YYYY-MM-DD, a date without a time zone (stored as @db.Date). */
const dateOnly = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    error: "dateInvalid",
  })
  .refine((v) => v >= "2000-01-01" && v <= "2100-12-31", { error: "dateOutOfRange" })
  .transform((v) => new Date(`${v}T00:00:00Z`));

/**
 * Forms send one checkbox per invitee as participantKeys.<n> (FormData keeps only one value per
 * name once flattened); code may pass the array directly.
 */
function collectParticipantKeys(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (record.participantKeys !== undefined) return record;
  const keys = Object.entries(record)
    .filter(([k]) => /^participantKeys\.\d+$/.test(k))
    .map(([, v]) => v);
  return { ...record, participantKeys: keys };
}

/** The fields of planning a meeting, once the invitees are one list. */
export const ZPlanMeetingFields = z.object({
  initiativeId: id,
  kind: z.enum(MEETING_KINDS, { error: "chooseOption" }),
  title: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  startsAt: amsterdamDateTime,
  endsAt: amsterdamDateTime,
  location: z.string().trim().max(300, { error: "tooLong" }).default(""),
  participantKeys: z
    .array(ZParticipantKey, { error: "chooseInvitees" })
    .min(1, { error: "chooseInvitees" })
    .max(200, { error: "invalid" }),
});

export const ZPlanMeeting = z.preprocess(collectParticipantKeys, ZPlanMeetingFields);
export type TPlanMeeting = z.output<typeof ZPlanMeeting>;

/** One point on a theme's agenda. */
const agendaItem = z.object({ text: z.string().trim().max(5000, { error: "tooLong" }) });
export const AGENDA_ITEMS_MAX = 30;

/**
 * A theme's agenda is stored as text, one item per line. The form edits it as rows of items
 * (`agenda.<theme>.<n>.text`); code and older forms may send the text as one string, which is
 * then one item, so nothing in it is lost.
 */
const themeAgenda = z
  .preprocess(
    (v) => (v === undefined ? [] : typeof v === "string" ? [{ text: v }] : v),
    z.array(agendaItem, { error: "invalid" }).max(AGENDA_ITEMS_MAX, { error: "invalid" }),
  )
  .transform((rows) =>
    rows
      .map((r) => r.text)
      .filter(Boolean)
      .join("\n"),
  );

const ROW_FIELD = /^agenda\.([a-z]+)\.(\d+)\.text$/;

/** Forms send the agenda as fields "agenda.<theme>" or rows "agenda.<theme>.<n>.text"; code may pass { agenda: {...} }. */
function nestAgenda(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (record.agenda !== undefined) return record;
  const agenda: Record<string, unknown> = {};
  for (const k of THEME_KEYS) if (record[`agenda.${k}`] !== undefined) agenda[k] = record[`agenda.${k}`];
  const rows = Object.entries(record)
    .map(([key, text]) => ({ match: ROW_FIELD.exec(key), text }))
    .filter((r): r is { match: RegExpExecArray; text: unknown } => !!r.match)
    .filter((r) => (THEME_KEYS as readonly string[]).includes(r.match[1]!))
    .sort((a, b) => Number(a.match[2]) - Number(b.match[2]));
  for (const { match, text } of rows) {
    const list = Array.isArray(agenda[match[1]!]) ? (agenda[match[1]!] as unknown[]) : (agenda[match[1]!] = []);
    (list as unknown[]).push({ text });
  }
  return { ...record, agenda };
}

export const ZAddActionItem = z.object({
  meetingId: id,
  title: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(300, { error: "tooLong" }),
  owner: z.string({ error: "chooseOwner" }).trim().min(1, { error: "chooseOwner" }).pipe(ZParticipantKey),
  dueDate: dateOnly,
});
export type TAddActionItem = z.output<typeof ZAddActionItem>;

/** An action item as a row of the meeting record form: the single form's fields, without the meeting. */
export const ZActionItemRow = ZAddActionItem.omit({ meetingId: true });
export type TActionItemRow = z.output<typeof ZActionItemRow>;
export const ACTION_ITEMS_MAX = 20;
const blankRow = { title: "", owner: "", dueDate: "" };

/**
 * New action items, saved as tasks with the record. A row left completely empty is skipped (the
 * form offers one, so that an action item can be added without JavaScript too); any other row is
 * checked as the single form checks it, and its errors name that row (`actionItems.<n>.owner`).
 * Each row keeps its place in the form (`row`), so errors found on save land on the right row too.
 */
const actionItemRows = z
  .array(
    z.object({
      title: z.string({ error: "invalid" }).default(""),
      owner: z.string({ error: "invalid" }).default(""),
      dueDate: z.string({ error: "invalid" }).default(""),
    }),
    { error: "invalid" },
  )
  .max(ACTION_ITEMS_MAX, { error: "invalid" })
  .default([])
  .transform((rows, ctx) =>
    rows.flatMap((raw, row) => {
      if (!raw.title.trim() && !raw.owner.trim() && !raw.dueDate.trim()) return [];
      const parsed = ZActionItemRow.safeParse(raw);
      if (parsed.success) return [{ ...parsed.data, row }];
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: [row, ...issue.path] });
      return [];
    }),
  );

const ACTION_ITEM_FIELD = /^actionItems\.(\d+)\.(title|owner|dueDate)$/;

/** Forms post rows as "actionItems.<n>.<field>"; code may pass { actionItems: [...] }. */
function nestActionItems(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (record.actionItems !== undefined) return record;
  const rows: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(record)) {
    const match = ACTION_ITEM_FIELD.exec(key);
    if (!match) continue;
    // An index past the limit makes the list too long (refused), never a huge sparse array.
    const index = Math.min(Number(match[1]), ACTION_ITEMS_MAX);
    (rows[index] ??= { ...blankRow })[match[2]!] = value;
  }
  return { ...record, actionItems: Array.from(rows, (r) => r ?? { ...blankRow }) };
}

/** The fields of a meeting record as the form holds them: agenda rows per theme, minutes, decisions, new action items. */
export const ZMeetingRecordFields = z.object({
  meetingId: id,
  version,
  agenda: z.object(Object.fromEntries(THEME_KEYS.map((k) => [k, themeAgenda])) as Record<ThemeKey, typeof themeAgenda>),
  minutes: z.string().max(20_000, { error: "tooLong" }).default(""),
  decisions: z.string().max(10_000, { error: "tooLong" }).default(""),
  actionItems: actionItemRows,
});

export const ZUpdateMeetingRecord = z.preprocess((v) => nestActionItems(nestAgenda(v)), ZMeetingRecordFields);
export type TUpdateMeetingRecord = z.output<typeof ZUpdateMeetingRecord>;

export const ZCompleteTask = z.object({ taskId: id, version });
export type TCompleteTask = z.output<typeof ZCompleteTask>;
