// Gives the demo initiatives a stappenplan that matches their phase: decisions taken where the
// phase implies them, and the steps of earlier phases done. Only for initiatives without a plan.
import type { PrismaClient } from "../generated/prisma/client";
import { PHASES } from "../initiatives/phases";
import type { PlanDecisions } from "../stappenplan/plan";
import { syncSteps } from "../stappenplan/sync-steps";
import { CURRENT_TEMPLATE_VERSION, ensureTemplates, templateVersion } from "../stappenplan/templates";

const DEMO_DECISIONS: Record<string, PlanDecisions & { reason: string }> = {
  ini_alkmaar: {
    scenario: "SCENARIO_1",
    careOption: "NIEUW_DOOR_OUDERS",
    reason:
      "De ouders willen zelf de zorg organiseren; het schoolbestuur en het SWV steunen een integraal arrangement.",
  },
  ini_heiloo: {
    scenario: "SCENARIO_2",
    careOption: "BESTAANDE_AANBIEDER",
    reason:
      "Een SO-school in de regio wil een nevenvestiging openen; Kindzorg Kennemerland levert al zorg aan deze kinderen.",
  },
  ini_oosterhout: {
    scenario: "SCENARIO_1",
    careOption: "BESTAANDE_AANBIEDER",
    reason: "Het bestuur werkt al samen met Kinderzorg Baronie, die gecontracteerd is door de gemeente.",
  },
};

// Who leads the open steps of the Breda initiative, so "Mijn taken" and "Wie wacht op wie" show real work.
const BREDA_OWNERS: Record<string, { organisationId: string; dueInDays: number }> = {
  "onderwijsbehoeften-in-kaart": { organisationId: "org_sch_vlinderboom", dueInDays: 21 },
  "kies-scenario": { organisationId: "org_bst_markdal", dueInDays: 42 },
  "organiseer-zorg": { organisationId: "org_gm0758", dueInDays: -3 },
};

export async function seedDemoPlans(db: PrismaClient): Promise<number> {
  const without = await db.initiative.findMany({
    where: { templateVersion: null, id: { startsWith: "ini_" } },
    select: { id: true, phase: true, createdById: true },
  });
  if (without.length === 0) return 0;
  const template = templateVersion(CURRENT_TEMPLATE_VERSION);
  await db.$transaction(
    async (tx) => {
      await ensureTemplates(tx);
      for (const initiative of without) {
        const decisions = DEMO_DECISIONS[initiative.id] ?? { scenario: null, careOption: null, reason: "" };
        await tx.initiative.update({
          where: { id: initiative.id },
          data: { templateVersion: template.version, scenario: decisions.scenario, careOption: decisions.careOption },
        });
        if (decisions.scenario)
          await tx.initiativeDecision.create({
            data: {
              initiativeId: initiative.id,
              kind: "SCENARIO",
              value: decisions.scenario,
              reason: decisions.reason,
              decidedById: initiative.createdById,
            },
          });
        if (decisions.careOption)
          await tx.initiativeDecision.create({
            data: {
              initiativeId: initiative.id,
              kind: "CARE_OPTION",
              value: decisions.careOption,
              reason: decisions.reason,
              decidedById: initiative.createdById,
            },
          });
        await syncSteps(tx, initiative.id, template, decisions);
        const earlier = PHASES.slice(0, PHASES.indexOf(initiative.phase));
        await tx.initiativeStep.updateMany({
          where: { initiativeId: initiative.id, phase: { in: [...earlier] } },
          data: { status: "AFGEROND" },
        });
        if (initiative.id === "ini_breda") {
          for (const [key, owner] of Object.entries(BREDA_OWNERS)) {
            const due = new Date(
              Date.UTC(
                new Date().getUTCFullYear(),
                new Date().getUTCMonth(),
                new Date().getUTCDate() + owner.dueInDays,
              ),
            );
            await tx.initiativeStep.updateMany({
              where: { initiativeId: initiative.id, key },
              data: {
                ownerOrganisationId: owner.organisationId,
                dueDate: due,
                status: owner.dueInDays < 0 ? "BEZIG" : "NIET_GESTART",
              },
            });
          }
        }
        // The phase history that brought it here.
        for (const [i, from] of earlier.entries()) {
          await tx.phaseTransition.create({
            data: {
              initiativeId: initiative.id,
              fromPhase: from,
              toPhase: PHASES[i + 1]!,
              byUserId: initiative.createdById,
            },
          });
        }
      }
    },
    { timeout: 60_000 },
  );
  return without.length;
}
