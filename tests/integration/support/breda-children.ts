// Noor and Daan in the Breda initiative, as the demo seed describes them (lib/seed/demo-children.ts):
// found when the seed has them, created here otherwise, so the tests of the children's pages and
// actions read the same world either way.
import type { Db } from "../../../lib/db/client";
import { ID, demoUser } from "../../support/demo";

async function findOrCreate(db: Db, displayName: string, create: () => Promise<{ id: string }>) {
  const found = await db.child.findFirst({ where: { initiativeId: ID.breda, displayName }, select: { id: true } });
  return (found ?? (await create())).id;
}

/** Noor (2018): guardian ouder@demo.test; consent De Vlinderboom ONDERWIJS; Wlz care by Kinderzorg Baronie. */
export function bredaNoor(db: Db): Promise<string> {
  const ouder = demoUser("ouder@demo.test").id;
  return findOrCreate(db, "Noor", () =>
    db.child.create({
      data: {
        initiativeId: ID.breda,
        displayName: "Noor",
        birthYear: 2018,
        fictitious: true,
        createdById: ouder,
        schoolId: ID.vlinderboom,
        tlvStatus: "TOEGEKEND",
        tlvCategory: "HOOG",
        oppPresent: true,
        oppDeviatesFromTeachingTime: true,
        oppDeviationReason: "Rust na de middag",
        guardians: { create: { userId: ouder, status: "CONFIRMED", confirmedById: ouder, confirmedAt: new Date() } },
        consents: { create: { organisationId: ID.vlinderboom, scope: "ONDERWIJS", givenById: ouder } },
        care: {
          create: {
            fundingStream: "WLZ",
            status: "TOEGEKEND",
            hoursPerWeekHundredths: 1200,
            providerOrganisationId: ID.kinderzorgBaronie,
          },
        },
      },
      select: { id: true },
    }),
  );
}

/** Daan (2019): guardian stichting@demo.test; consents De Vlinderboom ONDERWIJS, Baronie ZORG, Gemeente Breda FINANCIERING. */
export function bredaDaan(db: Db): Promise<string> {
  const linda = demoUser("stichting@demo.test").id;
  return findOrCreate(db, "Daan", () =>
    db.child.create({
      data: {
        initiativeId: ID.breda,
        displayName: "Daan",
        birthYear: 2019,
        fictitious: true,
        createdById: linda,
        tlvStatus: "AANGEVRAAGD",
        guardians: { create: { userId: linda, status: "CONFIRMED", confirmedById: linda, confirmedAt: new Date() } },
        consents: {
          create: [
            { organisationId: ID.vlinderboom, scope: "ONDERWIJS", givenById: linda },
            { organisationId: ID.kinderzorgBaronie, scope: "ZORG", givenById: linda },
            { organisationId: ID.gemeenteBreda, scope: "FINANCIERING", givenById: linda },
          ],
        },
        care: {
          create: {
            fundingStream: "JEUGDWET",
            status: "TOEGEKEND",
            budgetCentsPerYear: 1_800_000,
            providerOrganisationId: ID.kinderzorgBaronie,
          },
        },
      },
      select: { id: true },
    }),
  );
}
