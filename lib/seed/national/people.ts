// Generated users: the first part of the pool works for organisations (1–4 members each), the
// rest are parents who take part in initiatives. Every account shares one password hash,
// computed once: argon2id is deliberately slow, 20,000 hashes would take many minutes.
import type { MemberRole, Prisma } from "../../generated/prisma/client";
import { MEMBERSHIPS } from "../demo-data";
import { GENERATED_ID_PREFIX } from "./organisations";
import { personName } from "./names";
import type { Random } from "./random";

/** The share of users kept for parents, whatever the organisations ask for. */
const PARENT_SHARE = 0.4;

export const userId = (n: number) => `${GENERATED_ID_PREFIX}usr_${String(n).padStart(6, "0")}`;
export const userEmail = (n: number) => `gebruiker${n}@generated.test`;

export class UserPool {
  readonly parentStart: number;
  private nextMemberNo = 1;
  private nextParentNo: number;
  /** Organisation id → member user ids, the beheerder first. */
  readonly members = new Map<string, string[]>();

  constructor(readonly total: number) {
    this.parentStart = Math.max(1, total - Math.max(1, Math.ceil(total * PARENT_SHARE))) + 1;
    if (total === 1) this.parentStart = 1;
    this.nextParentNo = this.parentStart;
  }

  /** The next user for an organisation; when the organisation part runs out it starts over. */
  private memberUser(): number {
    if (this.parentStart <= 1) return 1;
    const n = this.nextMemberNo;
    this.nextMemberNo = n + 1 >= this.parentStart ? 1 : n + 1;
    return n;
  }

  /** The next parent, round the parent part of the pool. */
  parent(): string {
    const n = this.nextParentNo;
    this.nextParentNo = n + 1 > this.total ? this.parentStart : n + 1;
    return userId(n);
  }

  /** Gives an organisation `count` members; returns the membership rows. */
  staff(
    rng: Random,
    organisationId: string,
    count: number,
    createdAt: Date,
    users?: string[],
  ): Prisma.MembershipCreateManyInput[] {
    const ids = users ?? [];
    if (!users) for (let i = 0; i < count; i++) ids.push(userId(this.memberUser()));
    const unique = [...new Set(ids)];
    this.members.set(organisationId, unique);
    return unique.map((uid, i) => ({
      id: `${GENERATED_ID_PREFIX}mem_${organisationId.slice(GENERATED_ID_PREFIX.length)}_${i + 1}`,
      userId: uid,
      organisationId,
      role: (i === 0 ? "BEHEERDER" : rng.chance(0.7) ? "MEDEWERKER" : "LEZER") as MemberRole,
      createdAt,
    }));
  }

  /** A member who may act for the organisation (demo members for demo organisations). */
  actorFor(organisationId: string): string | undefined {
    return this.members.get(organisationId)?.[0];
  }
}

/** How many members an organisation of this kind gets. */
export function staffSize(
  rng: Random,
  kind: "GEMEENTE" | "SWV" | "SCHOOLBESTUUR" | "SCHOOL" | "ZORGAANBIEDER" | "ZORGKANTOOR",
): number {
  switch (kind) {
    case "GEMEENTE":
    case "SWV":
      return rng.int(2, 4);
    case "SCHOOL":
      return rng.chance(0.8) ? 1 : 2;
    default:
      return rng.int(1, 3);
  }
}

/** The demo organisations' own members act for them (the demo gemeente approves as gemeente@demo.test). */
export function registerDemoMembers(pool: UserPool): void {
  for (const m of MEMBERSHIPS) {
    const list = pool.members.get(m.organisationId) ?? [];
    if (m.role === "BEHEERDER") list.unshift(m.userId);
    else list.push(m.userId);
    pool.members.set(m.organisationId, list);
  }
}

export function* userRows(
  pool: UserPool,
  passwordHash: string,
  createdAt: Date,
  rng: Random,
  chunk: number,
): Generator<Prisma.UserCreateManyInput[]> {
  let rows: Prisma.UserCreateManyInput[] = [];
  for (let n = 1; n <= pool.total; n++) {
    rows.push({
      id: userId(n),
      email: userEmail(n),
      name: personName(rng),
      passwordHash,
      emailVerified: createdAt,
      locale: "nl",
      createdAt,
      updatedAt: createdAt,
    });
    if (rows.length === chunk) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length) yield rows;
}
