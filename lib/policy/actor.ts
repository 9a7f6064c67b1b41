import type { MemberRole, OrganisationKind } from "../generated/prisma/enums";

export const PERSONAL_WORKSPACE = "persoonlijk";

export type PersonalWorkspace = { key: typeof PERSONAL_WORKSPACE; kind: "PERSONAL" };
export type OrganisationWorkspace = {
  key: string;
  kind: "ORGANISATION";
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationName: string;
  role: MemberRole;
};
export type Workspace = PersonalWorkspace | OrganisationWorkspace;

/** The signed-in user acting in one workspace; every query and mutation receives one. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  locale: string;
  workspaces: Workspace[];
  workspace: Workspace;
  /** The server-side session this request came with; absent for background work and tests. */
  sessionId?: string;
}

interface UserForWorkspaces {
  memberships: { role: MemberRole; organisation: { id: string; kind: OrganisationKind; name: string } }[];
  parentParticipations: number;
}

/**
 * A user has a workspace per organisation they belong to, and a personal one when they take
 * part in an initiative as a parent or belong to no organisation at all.
 */
export function buildWorkspaces(user: UserForWorkspaces): Workspace[] {
  const organisations: Workspace[] = user.memberships
    .map((m) => ({
      key: m.organisation.id,
      kind: "ORGANISATION" as const,
      organisationId: m.organisation.id,
      organisationKind: m.organisation.kind,
      organisationName: m.organisation.name,
      role: m.role,
    }))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, "nl"));
  const personal: Workspace[] =
    user.parentParticipations > 0 || organisations.length === 0 ? [{ key: PERSONAL_WORKSPACE, kind: "PERSONAL" }] : [];
  return [...personal, ...organisations];
}

export function chooseWorkspace(workspaces: Workspace[], requestedKey: string | undefined): Workspace {
  return workspaces.find((w) => w.key === requestedKey) ?? workspaces[0]!;
}

export function organisationOf(actor: Actor): OrganisationWorkspace | null {
  return actor.workspace.kind === "ORGANISATION" ? actor.workspace : null;
}
