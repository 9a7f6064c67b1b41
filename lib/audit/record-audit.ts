import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../policy/actor";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  /**
   * Ids, enum values, field names, versions, counts and dates: never free text (notes, comments,
   * reasons, titles, names, file names, e-mail addresses). Audit rows cannot be changed or erased
   * (docs/decisions/0010-append-only-audit.md); tests/integration/audit-free-text.test.ts checks.
   */
  summary: Prisma.InputJsonValue;
  /** The initiative this event belongs to, for its activity timeline. */
  initiativeId?: string;
}

/** Who did it: a signed-in actor, or (invitations, scripts) a user and organisation named directly. */
export type AuditActor = Actor | { userId: string | null; organisationId: string | null } | null;

function who(actor: AuditActor) {
  if (!actor) return { actorUserId: null, actingOrganisationId: null };
  if ("workspace" in actor) {
    return {
      actorUserId: actor.userId,
      actingOrganisationId: actor.workspace.kind === "ORGANISATION" ? actor.workspace.organisationId : null,
    };
  }
  return { actorUserId: actor.userId, actingOrganisationId: actor.organisationId };
}

/**
 * Call inside the mutation's transaction: the event exists exactly when the change does. The
 * database links the row into the audit's hash chain and holds the chain's lock until commit,
 * so call it late in the transaction (lib/audit/hash-chain.ts).
 */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: { ...who(actor), ...entry } });
}
