// Brings an initiative's step rows in line with its template and decisions: creates steps that
// now apply, hides (removedAt) steps that no longer do, and restores hidden ones that apply again.
import type { Tx } from "../db/create-client";
import { clock } from "../time/clock";
import { applicableSteps, type PlanDecisions } from "./plan";
import type { StappenplanTemplate } from "./template-types";

export async function syncSteps(
  tx: Tx,
  initiativeId: string,
  template: StappenplanTemplate,
  decisions: PlanDecisions,
  now = clock.now(),
) {
  const wanted = applicableSteps(template, decisions);
  const wantedKeys = new Set(wanted.map((s) => s.key));
  const existing = await tx.initiativeStep.findMany({
    where: { initiativeId },
    select: { id: true, key: true, removedAt: true },
  });
  const byKey = new Map(existing.map((s) => [s.key, s]));

  const toCreate = wanted.filter((s) => !byKey.has(s.key));
  if (toCreate.length) {
    await tx.initiativeStep.createMany({
      data: toCreate.map((s) => ({
        initiativeId,
        key: s.key,
        phase: s.phase,
        position: template.steps.indexOf(s),
        required: s.required,
      })),
    });
  }
  const toRestore = existing.filter((s) => s.removedAt && wantedKeys.has(s.key)).map((s) => s.id);
  if (toRestore.length)
    await tx.initiativeStep.updateMany({
      where: { id: { in: toRestore } },
      data: { removedAt: null, version: { increment: 1 } },
    });
  const toRemove = existing.filter((s) => !s.removedAt && !wantedKeys.has(s.key)).map((s) => s.id);
  if (toRemove.length)
    await tx.initiativeStep.updateMany({
      where: { id: { in: toRemove } },
      data: { removedAt: now, version: { increment: 1 } },
    });

  return { created: toCreate.map((s) => s.key), restored: toRestore.length, removed: toRemove.length };
}
