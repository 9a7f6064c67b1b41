// Turns an audit event into a message key (activity.event.*) and plain values. Only named,
// short fields of the summary are used: never raw JSON, file contents, file names, comment
// bodies, notes, evidence or e-mail addresses, because everyone who sees the initiative reads this.
export interface EventMessage {
  key: string;
  values: Record<string, string>;
}

export interface TimelineEvent {
  action: string;
  entityType: string;
  entityId: string;
  summary: unknown;
}

/** Names the describer cannot know itself; each returns null when unknown. */
export interface DescribeContext {
  stepTitle: (ref: { key?: string; id?: string }) => string | null;
  conditionTitle: (key: string) => string | null;
  organisationName: (id: string) => string | null;
  meetingTitle: (id: string) => string | null;
  taskTitle: (id: string) => string | null;
  /** The initiative's current name: audit rows no longer copy it (decision 0010). */
  initiativeName?: () => string | null;
}

const MAX_TEXT = 120;

const PARTICIPANT_KEYS = {
  "participant.invited": "participantInvited",
  "participant.accepted": "participantAccepted",
  "participant.declined": "participantDeclined",
  "participant.removed": "participantRemoved",
} as const;

function text(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.replace(/\s+/g, " ").trim();
  if (!trimmed) return null;
  return trimmed.length > MAX_TEXT ? `${trimmed.slice(0, MAX_TEXT - 1)}…` : trimmed;
}

function record(summary: unknown): Record<string, unknown> {
  return summary && typeof summary === "object" && !Array.isArray(summary) ? (summary as Record<string, unknown>) : {};
}

/** A select value for ICU: only the known enum literals, anything else falls to `other`. */
const choice = (value: unknown) => (typeof value === "string" && /^[A-Z_0-9]{1,40}$/.test(value) ? value : "other");

/** The step an event is about: by key (stepKey, or key on step events) or by id. */
export function stepRefOf(event: TimelineEvent): { key?: string; id?: string } | null {
  const s = record(event.summary);
  const key = text(s.stepKey) ?? (event.entityType === "InitiativeStep" ? text(s.key) : null);
  if (key) return { key };
  const id = text(s.stepId) ?? (event.entityType === "InitiativeStep" ? event.entityId : null);
  return id ? { id } : null;
}

/** Step-related events read "… bij de stap ‘X’" when the step is known, and without it otherwise. */
function withStep(base: string, event: TimelineEvent, ctx: DescribeContext): EventMessage {
  const ref = stepRefOf(event);
  const step = ref ? ctx.stepTitle(ref) : null;
  return step ? { key: `${base}.withStep`, values: { step } } : { key: `${base}.plain`, values: {} };
}

/** Meeting and task events name their title when known (summary first, else the current row). */
function withTitle(base: string, title: string | null): EventMessage {
  return title ? { key: `${base}.titled`, values: { title } } : { key: `${base}.plain`, values: {} };
}

export function describeEvent(event: TimelineEvent, ctx: DescribeContext): EventMessage {
  const s = record(event.summary);
  switch (event.action) {
    case "initiative.started":
      return withTitle("started", text(s.name) ?? ctx.initiativeName?.() ?? null);
    case "step.updated": {
      const status = record(record(s.changed).status).to;
      const step = ctx.stepTitle(stepRefOf(event) ?? {}) ?? text(s.key) ?? "";
      return status
        ? { key: "stepStatus", values: { step, status: choice(status) } }
        : { key: "stepUpdated", values: { step } };
    }
    case "initiative.decided":
      return { key: "decided", values: { kind: choice(s.kind), value: choice(s.to) } };
    case "initiative.phase_changed":
      return { key: "phaseChanged", values: { to: choice(s.to), override: s.override === true ? "yes" : "no" } };
    case "participant.added": {
      const organisation = typeof s.organisationId === "string" ? ctx.organisationName(s.organisationId) : null;
      return organisation
        ? { key: "participantAdded", values: { organisation, role: choice(s.role) } }
        : { key: "participantAddedUnknown", values: {} };
    }
    case "participant.invited":
    case "participant.accepted":
    case "participant.declined":
    case "participant.removed": {
      const organisation = typeof s.organisationId === "string" ? ctx.organisationName(s.organisationId) : null;
      const key = PARTICIPANT_KEYS[event.action as keyof typeof PARTICIPANT_KEYS];
      return organisation ? { key, values: { organisation } } : { key: `${key}Unknown`, values: {} };
    }
    case "initiative_invitation.created":
      return { key: "invitationCreated", values: {} };
    case "initiative_invitation.accepted":
      return { key: "invitationAccepted", values: {} };
    case "deliverable.uploaded":
      return withStep("deliverableUploaded", event, ctx);
    case "deliverable.deleted":
      return withStep("deliverableDeleted", event, ctx);
    case "deliverable.downloaded":
      return { key: "deliverableDownloaded", values: {} };
    case "comment.added":
      return withStep("commentAdded", event, ctx);
    case "meeting.planned":
      return withTitle(
        "meetingPlanned",
        text(s.title) ?? (event.entityType === "Meeting" ? ctx.meetingTitle(event.entityId) : null),
      );
    case "meeting.updated":
      return withTitle(
        "meetingUpdated",
        text(s.title) ?? (event.entityType === "Meeting" ? ctx.meetingTitle(event.entityId) : null),
      );
    case "task.created":
      return withTitle(
        "taskCreated",
        text(s.title) ?? (event.entityType === "Task" ? ctx.taskTitle(event.entityId) : null),
      );
    case "task.completed":
      return withTitle(
        "taskCompleted",
        text(s.title) ?? (event.entityType === "Task" ? ctx.taskTitle(event.entityId) : null),
      );
    case "condition.updated": {
      const condition = (typeof s.key === "string" ? ctx.conditionTitle(s.key) : null) ?? text(s.key) ?? "";
      return { key: "conditionUpdated", values: { condition, status: choice(s.to) } };
    }
    case "initiative.support_requested":
      return { key: "supportRequested", values: {} };
    case "initiative.support_withdrawn":
      return { key: "supportWithdrawn", values: {} };
    default:
      return { key: "generic", values: {} };
  }
}
