// Who must approve a version. Every organisation that pays for a line approves the lines it
// pays for; the parents consent to the whole arrangement, a guardian for each child of the
// group (approvedPartyKeys). The role says in which capacity an
// organisation approves, derived from the streams it pays from (DOMAIN.md: gemeente for
// Jeugdwet and Wmo, zorgkantoor for Wlz, SWV for its budget, school board for education
// funding; for Zvw, pgb and other subsidies simply the payer). Providers do not approve
// lines: they deliver what the payers agree to.
import { decodeParticipantKey, encodeParticipantKey } from "../participants/participant-key";
import { FUNDING_STREAMS, type ArrangementLine, type FundingStream } from "./types";

export type PartyRole = "GEMEENTE" | "ZORGKANTOOR" | "SWV" | "SCHOOLBESTUUR" | "PAYER";

export const ROLE_BY_STREAM: Record<FundingStream, PartyRole> = {
  ONDERWIJSBEKOSTIGING: "SCHOOLBESTUUR",
  SWV_BUDGET: "SWV",
  JEUGDWET: "GEMEENTE",
  WMO: "GEMEENTE",
  ZVW: "PAYER",
  WLZ: "ZORGKANTOOR",
  PGB: "PAYER",
  SUBSIDIE_OVERIG: "PAYER",
};

/**
 * When one payer pays from streams with different roles (a gemeente paying Jeugdwet and a
 * subsidy), it is one party with the first role in this order: the statutory role wins over
 * the generic "PAYER".
 */
export const ROLE_PRECEDENCE: readonly PartyRole[] = ["GEMEENTE", "ZORGKANTOOR", "SWV", "SCHOOLBESTUUR", "PAYER"];

export const PARENTS_PARTY_KEY = "parents";

export type Party =
  | {
      kind: "ORGANISATION";
      partyKey: string;
      organisationId: string;
      role: PartyRole;
      /** The streams this organisation pays from in this version, in FUNDING_STREAMS order. */
      fundingStreams: FundingStream[];
      /** The lines it pays for, in line order. */
      lineKeys: string[];
    }
  | { kind: "PARENTS"; partyKey: typeof PARENTS_PARTY_KEY; lineKeys: string[] };

/** An organisation's party key is its participant key ("org:<id>"); the parents are one party. */
export function organisationPartyKey(organisationId: string): string {
  return encodeParticipantKey({ organisationId });
}

export function parsePartyKey(
  partyKey: string,
): { kind: "ORGANISATION"; organisationId: string } | { kind: "PARENTS" } | null {
  if (partyKey === PARENTS_PARTY_KEY) return { kind: "PARENTS" };
  const organisationId = decodeParticipantKey(partyKey)?.organisationId;
  return organisationId ? { kind: "ORGANISATION", organisationId } : null;
}

/**
 * The parties that must approve a version with these lines: one per paying organisation
 * (ordered by role, then organisation id, so reordering lines does not reorder parties),
 * then the parents, whose consent covers all lines.
 */
export function requiredParties(lines: readonly ArrangementLine[]): Party[] {
  const byPayer = new Map<string, { streams: Set<FundingStream>; lineKeys: string[] }>();
  for (const line of lines) {
    const entry = byPayer.get(line.payerOrganisationId) ?? { streams: new Set<FundingStream>(), lineKeys: [] };
    entry.streams.add(line.fundingStream);
    entry.lineKeys.push(line.lineKey);
    byPayer.set(line.payerOrganisationId, entry);
  }
  const organisations = [...byPayer].map(([organisationId, { streams, lineKeys }]): Party => {
    const roles = new Set([...streams].map((s) => ROLE_BY_STREAM[s]));
    return {
      kind: "ORGANISATION",
      partyKey: organisationPartyKey(organisationId),
      organisationId,
      role: ROLE_PRECEDENCE.find((r) => roles.has(r)) ?? "PAYER",
      fundingStreams: FUNDING_STREAMS.filter((s) => streams.has(s)),
      lineKeys,
    };
  });
  organisations.sort((a, b) => rank(a) - rank(b) || compareIds(a, b));
  return [...organisations, { kind: "PARENTS", partyKey: PARENTS_PARTY_KEY, lineKeys: lines.map((l) => l.lineKey) }];
}

function rank(party: Party): number {
  return party.kind === "ORGANISATION" ? ROLE_PRECEDENCE.indexOf(party.role) : ROLE_PRECEDENCE.length;
}

function compareIds(a: Party, b: Party): number {
  const [x, y] = [a.kind === "ORGANISATION" ? a.organisationId : "", b.kind === "ORGANISATION" ? b.organisationId : ""];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The lines a party approves (all lines for the parents). */
export function linesOfParty<L extends ArrangementLine>(partyKey: string, lines: readonly L[]): L[] {
  return lines.filter((line) => mayApproveLine(partyKey, line));
}

/**
 * Whether the party's approval covers this line: an organisation approves the lines it pays
 * for; the parents' consent covers every line.
 */
export function mayApproveLine(partyKey: string, line: Pick<ArrangementLine, "payerOrganisationId">): boolean {
  const party = parsePartyKey(partyKey);
  if (!party) return false;
  return party.kind === "PARENTS" || party.organisationId === line.payerOrganisationId;
}

/** An approval as far as who it counts for: its party and, for the parents, the child. */
export interface PartyApproval {
  partyKey: string;
  childId?: string | null;
}

/**
 * The children of the group whose parents have not approved yet. The parents approve per child:
 * a guardian of every child in the group (with a confirmed guardian) must approve.
 */
export function childrenWaiting(approvals: readonly PartyApproval[], childIds: readonly string[]): string[] {
  const approved = new Set(approvals.filter((a) => a.partyKey === PARENTS_PARTY_KEY).map((a) => a.childId));
  return childIds.filter((id) => !approved.has(id));
}

/**
 * The parties whose approval is complete: an organisation once it approved; the parents once
 * every child in the group has an approval. Without children the parents cannot approve yet.
 */
export function approvedPartyKeys(approvals: readonly PartyApproval[], childIds: readonly string[]): string[] {
  const keys = new Set(approvals.filter((a) => a.partyKey !== PARENTS_PARTY_KEY).map((a) => a.partyKey));
  if (childIds.length > 0 && childrenWaiting(approvals, childIds).length === 0) keys.add(PARENTS_PARTY_KEY);
  return [...keys];
}
