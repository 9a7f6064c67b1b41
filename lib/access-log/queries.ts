// Reading the access log. A child's log is for its confirmed guardians only (anyone else: 404);
// an organisation's log (what its people did on its behalf) for its beheerders and its privacy
// officer. Newest first, filterable, a page at a time.
import "server-only";
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import type { AccessAction } from "../generated/prisma/enums";
import { loadVisibleChild } from "../children/load-child";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { requireOrganisationWorkspace } from "../policy/organisation-access";
import { can } from "../policy/can";
import { clock } from "../time/clock";

export const ACCESS_PAGE_SIZE = 25;
export const ACCESS_ACTIONS = [
  "VIEW",
  "CHANGE",
  "EXPORT",
  "DOWNLOAD",
  "PRINT",
  "SIGN_IN",
  "SIGN_IN_FAILED",
] as const satisfies readonly AccessAction[];
/** The organisation filter's value for accesses by parents (personal workspace, no organisation). */
export const PARENTS = "ouders";

export interface AccessFilters {
  /** An organisation id, PARENTS, or null for everyone. */
  organisation: string | null;
  action: AccessAction | null;
  /** A person (user id), for an organisation's log. */
  person: string | null;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** Filters from the page's search params; anything unknown means "no filter", a bad page is page 1. */
export function parseAccessFilters(params: Params): AccessFilters {
  const action = one(params.actie);
  const page = Number(one(params.pagina) ?? "1");
  return {
    organisation: one(params.organisatie),
    action: ACCESS_ACTIONS.find((a) => a === action) ?? null,
    person: one(params.persoon),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

const entrySelect = {
  id: true,
  at: true,
  actorUserId: true,
  actorName: true,
  actingOrganisationId: true,
  actingOrganisationName: true,
  actingRole: true,
  action: true,
  subjectType: true,
  subjectId: true,
  childId: true,
  initiativeId: true,
  clientAddress: true,
  userAgent: true,
} satisfies Prisma.AccessLogEntrySelect;

export type AccessLogRow = Prisma.AccessLogEntryGetPayload<{ select: typeof entrySelect }>;

async function pageOf(db: Tx, where: Prisma.AccessLogEntryWhereInput, page: number) {
  const total = await db.accessLogEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ACCESS_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const entries = await db.accessLogEntry.findMany({
    where,
    select: entrySelect,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (current - 1) * ACCESS_PAGE_SIZE,
    take: ACCESS_PAGE_SIZE,
  });
  return { entries, total, page: current, pageCount };
}

/** Who looked at this child: for its confirmed guardians; for everyone else it does not exist. */
export async function childAccessLog(
  db: Tx,
  actor: Actor,
  input: { initiativeId: string; childId: string },
  filters: AccessFilters,
  now = clock.now(),
) {
  const visible = await loadVisibleChild(db, actor, input.childId, now);
  if (visible.access.kind !== "GUARDIAN" || visible.initiativeId !== input.initiativeId)
    throw new NotFoundError("child");
  const base: Prisma.AccessLogEntryWhereInput = { childId: visible.id };
  const where: Prisma.AccessLogEntryWhereInput = {
    ...base,
    ...(filters.organisation === PARENTS
      ? { actingRole: "PARENT" }
      : filters.organisation
        ? { actingOrganisationId: filters.organisation }
        : {}),
    ...(filters.action ? { action: filters.action } : {}),
  };
  const [child, organisations, page] = await Promise.all([
    db.child.findUniqueOrThrow({ where: { id: visible.id }, select: { id: true, displayName: true } }),
    db.accessLogEntry.findMany({
      where: { ...base, actingOrganisationId: { not: null } },
      distinct: ["actingOrganisationId"],
      select: { actingOrganisationId: true, actingOrganisationName: true },
      orderBy: { actingOrganisationId: "asc" },
    }),
    pageOf(db, where, filters.page),
  ]);
  return {
    child,
    organisations: organisations
      .map((o) => ({ id: o.actingOrganisationId!, name: o.actingOrganisationName ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl")),
    ...page,
  };
}

/** The actor's own membership flags in the organisation of its workspace. */
export async function accessLogRights(db: Tx, actor: Actor) {
  const ws = requireOrganisationWorkspace(actor);
  const membership = await db.membership.findUnique({
    where: { userId_organisationId: { userId: actor.userId, organisationId: ws.organisationId } },
    select: { privacyOfficer: true },
  });
  const privacyOfficer = membership?.privacyOfficer ?? false;
  return { workspace: ws, privacyOfficer, canRead: privacyOfficer || can(actor, "organisation.viewAccessLog") };
}

export function organisationAccessWhere(organisationId: string, filters: AccessFilters) {
  return {
    actingOrganisationId: organisationId,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.person ? { actorUserId: filters.person } : {}),
  } satisfies Prisma.AccessLogEntryWhereInput;
}

/** What the people of the actor's organisation did on its behalf: beheerders and the privacy officer. */
export async function organisationAccessLog(db: Tx, actor: Actor, filters: AccessFilters) {
  const rights = await accessLogRights(db, actor);
  if (!rights.canRead) throw new NotFoundError("accessLog");
  const organisationId = rights.workspace.organisationId;
  const [people, page] = await Promise.all([
    db.accessLogEntry.findMany({
      where: { actingOrganisationId: organisationId, actorUserId: { not: null } },
      distinct: ["actorUserId"],
      select: { actorUserId: true, actorName: true },
    }),
    pageOf(db, organisationAccessWhere(organisationId, filters), filters.page),
  ]);
  const initiativeIds = [...new Set(page.entries.flatMap((e) => (e.initiativeId ? [e.initiativeId] : [])))];
  const initiatives = await db.initiative.findMany({
    where: { id: { in: initiativeIds } },
    select: { id: true, name: true },
  });
  return {
    organisation: { id: organisationId, name: rights.workspace.organisationName },
    privacyOfficer: rights.privacyOfficer,
    people: people
      .map((p) => ({ id: p.actorUserId!, name: p.actorName ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl")),
    initiativeNames: Object.fromEntries(initiatives.map((i) => [i.id, i.name])),
    ...page,
  };
}

/** The members a beheerder can name as privacy officer, with who holds the role now. */
export async function privacyOfficerCandidates(db: Tx, actor: Actor) {
  const ws = requireOrganisationWorkspace(actor);
  if (!can(actor, "organisation.manageMembers")) return [];
  return db.membership.findMany({
    where: { organisationId: ws.organisationId },
    select: { id: true, privacyOfficer: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
}
