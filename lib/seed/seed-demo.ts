// Loads the demo data idempotently: every row is upserted by its stable id with `update: {}`,
// so a second run neither adds nor changes anything (and leaves updatedAt alone).
import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../auth/password";
import { seedDemoChildren } from "./seed-demo-children";
import { seedDemoPlans } from "./seed-demo-plans";
import {
  DEMO_PASSWORD,
  INITIATIVES,
  MEMBERSHIPS,
  ORGANISATIONS,
  SWV_GEMEENTEN,
  USERS,
  type DemoOrganisation,
} from "./demo-data";

export type SeedDemoResult = {
  created: boolean;
  /** Rows that did not exist before this run, per entity. */
  newlyCreated: Record<"organisations" | "users" | "memberships" | "initiatives" | "participants" | "links", number>;
};

const PARTICIPANTS = INITIATIVES.flatMap((i) => i.participants.map((p) => ({ ...p, initiativeId: i.id })));

function organisationData(o: DemoOrganisation) {
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    fictitious: o.fictitious,
    brin: o.brin ?? null,
    swvCode: o.swvCode ?? null,
    cbsCode: o.cbsCode ?? null,
    boardId: o.boardId ?? null,
    gemeenteId: o.gemeenteId ?? null,
  };
}

const INITIATIVE_GEMEENTEN = INITIATIVES.flatMap((i) =>
  i.gemeenteIds.map((gemeenteId) => ({ initiativeId: i.id, gemeenteId })),
);

async function missingCounts(db: PrismaClient): Promise<SeedDemoResult["newlyCreated"]> {
  const ids = <T extends { id: string }>(rows: T[]) => ({ id: { in: rows.map((r) => r.id) } });
  const [organisations, users, memberships, initiatives, participants, swvLinks, initiativeLinks] = await Promise.all([
    db.organisation.count({ where: ids(ORGANISATIONS) }),
    db.user.count({ where: ids(USERS) }),
    db.membership.count({ where: ids(MEMBERSHIPS) }),
    db.initiative.count({ where: ids(INITIATIVES) }),
    db.initiativeParticipant.count({ where: ids(PARTICIPANTS) }),
    db.swvGemeente.count({ where: { OR: SWV_GEMEENTEN } }),
    db.initiativeGemeente.count({ where: { OR: INITIATIVE_GEMEENTEN } }),
  ]);
  return {
    organisations: ORGANISATIONS.length - organisations,
    users: USERS.length - users,
    memberships: MEMBERSHIPS.length - memberships,
    initiatives: INITIATIVES.length - initiatives,
    participants: PARTICIPANTS.length - participants,
    links: SWV_GEMEENTEN.length + INITIATIVE_GEMEENTEN.length - swvLinks - initiativeLinks,
  };
}

export async function seedDemo(db: PrismaClient): Promise<SeedDemoResult> {
  const before = await missingCounts(db);
  const created = Object.values(before).some((n) => n > 0);
  if (!created) {
    const plans = await seedDemoPlans(db);
    const children = await seedDemoChildren(db);
    return { created: plans > 0 || children > 0, newlyCreated: before };
  }

  // Hash once (argon2id is deliberately slow) and only when a user has to be created.
  const passwordHash = before.users > 0 ? await hashPassword(DEMO_PASSWORD) : null;

  await db.$transaction(
    async (tx) => {
      // 1. Organisations: gemeenten, SWVs and besturen come before the schools that refer to them.
      for (const o of ORGANISATIONS) {
        await tx.organisation.upsert({ where: { id: o.id }, create: organisationData(o), update: {} });
      }
      // 2. Users and their memberships.
      for (const u of USERS) {
        await tx.user.upsert({
          where: { id: u.id },
          create: { id: u.id, email: u.email, name: u.name, passwordHash, emailVerified: new Date(), locale: "nl" },
          update: {},
        });
      }
      for (const m of MEMBERSHIPS) {
        await tx.membership.upsert({ where: { id: m.id }, create: m, update: {} });
      }
      // 3. Initiatives (need host school, SWV and creator), then SWV regions, gemeenten and participants.
      for (const i of INITIATIVES) {
        await tx.initiative.upsert({
          where: { id: i.id },
          create: {
            id: i.id,
            name: i.name,
            summary: i.summary,
            phase: i.phase,
            hostSchoolId: i.hostSchoolId,
            swvId: i.swvId,
            createdById: i.createdById,
          },
          update: {},
        });
      }
      await upsertLinks(tx);
      for (const p of PARTICIPANTS) {
        await tx.initiativeParticipant.upsert({
          where: { id: p.id },
          create:
            "userId" in p
              ? { id: p.id, initiativeId: p.initiativeId, userId: p.userId, role: p.role }
              : { id: p.id, initiativeId: p.initiativeId, organisationId: p.organisationId, role: p.role },
          update: {},
        });
      }
      // 4. One audit event for the run that actually created something.
      await tx.auditEvent.create({
        data: {
          actorUserId: null,
          actingOrganisationId: null,
          action: "seed.demo",
          entityType: "Seed",
          entityId: "demo",
          summary: { newlyCreated: before },
        },
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );

  await seedDemoPlans(db);
  await seedDemoChildren(db);
  return { created: true, newlyCreated: before };
}

async function upsertLinks(tx: Pick<PrismaClient, "swvGemeente" | "initiativeGemeente">): Promise<void> {
  for (const link of SWV_GEMEENTEN) {
    await tx.swvGemeente.upsert({ where: { swvId_gemeenteId: link }, create: link, update: {} });
  }
  for (const key of INITIATIVE_GEMEENTEN) {
    await tx.initiativeGemeente.upsert({ where: { initiativeId_gemeenteId: key }, create: key, update: {} });
  }
}
