// "Already authorised" is a type (decision 0009). `tsc --noEmit` (part of `npm test`) checks this
// file: every `@ts-expect-error` line must fail to compile — a query or mutation helper handed an
// initiative or child that no policy check produced — and the lines without it must compile.
// If a signature loosens back to a plain id or `{ id: string }`, the directive has no error to
// expect and tsc fails. The runtime test below checks that only the loaders mint the brands.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getInitiativeForActor, findVisibleInitiative } from "../../lib/initiatives/queries";
import { loadEditableInitiative } from "../../lib/initiatives/editable";
import { childCounts, childrenOfInitiative } from "../../lib/children/queries";
import { loadVisibleChild, requireGuardian } from "../../lib/children/load-child";
import { getPlan, getStep } from "../../lib/stappenplan/queries";
import { openTasks } from "../../lib/stappenplan/overview";
import { listStepDeliverables } from "../../lib/deliverables/queries";
import { listStepComments } from "../../lib/comments/queries";
import { listMeetings } from "../../lib/meetings/queries";
import { actionItemOwner } from "../../lib/meetings/add-action-item";
import { getChecklist } from "../../lib/randvoorwaarden/queries";
import { initiativeTimeline } from "../../lib/activity/queries";
import type { Tx } from "../../lib/db/create-client";
import type { Actor } from "../../lib/policy/actor";

// Never called: these functions exist for the compiler only.
export async function uncheckedIdsDoNotCompile(db: Tx, actor: Actor, initiativeId: string) {
  // @ts-expect-error a plain initiative id is not a VisibleInitiative
  await childCounts(db, initiativeId);
  // @ts-expect-error an object with the right shape is not one either: only the policy check brands it
  await childCounts(db, { id: initiativeId });
  // @ts-expect-error not a VisibleInitiative
  await childrenOfInitiative(db, actor, initiativeId);
  // @ts-expect-error not a VisibleInitiative
  await getPlan(db, { id: initiativeId, phase: "VERKENNING", templateVersion: 1 });
  // @ts-expect-error not a VisibleInitiative
  await getStep(db, { id: initiativeId, phase: "VERKENNING", templateVersion: 1 }, "step_1");
  // @ts-expect-error not a VisibleInitiative
  await openTasks(db, initiativeId);
  // @ts-expect-error not a VisibleInitiative
  await listStepDeliverables(db, { id: initiativeId }, "step_1");
  // @ts-expect-error not a VisibleInitiative
  await listStepComments(db, { id: initiativeId }, "step_1");
  // @ts-expect-error not a VisibleInitiative
  await listMeetings(db, { id: initiativeId, canEdit: true });
  // @ts-expect-error not a VisibleInitiative
  await getChecklist(db, { id: initiativeId });
  // @ts-expect-error not a VisibleInitiative
  await initiativeTimeline(db, { id: initiativeId, templateVersion: 1 });
  // A row read straight from the database, past the policy, is refused the same way.
  const raw = await db.initiative.findUniqueOrThrow({ where: { id: initiativeId } });
  // @ts-expect-error not a VisibleInitiative
  await getPlan(db, raw);
  // @ts-expect-error a child with the right shape is not a VisibleChild
  requireGuardian({ id: "child_1", initiativeId, access: { kind: "GUARDIAN" } }, "child.edit");
}

export async function checkedValuesCompile(db: Tx, actor: Actor, initiativeId: string) {
  const visible = await getInitiativeForActor(db, actor, initiativeId);
  await childCounts(db, visible);
  await childrenOfInitiative(db, actor, visible);
  await getPlan(db, visible);
  await openTasks(db, visible);
  await listMeetings(db, visible);
  await initiativeTimeline(db, visible);
  await childCounts(db, await findVisibleInitiative(db, actor, initiativeId));
  // An editable initiative is also a visible one...
  const editable = await loadEditableInitiative(db, actor, initiativeId);
  await getChecklist(db, editable);
  actionItemOwner("org:x", editable);
  // ...but a visible one is not editable.
  // @ts-expect-error a VisibleInitiative is not an EditableInitiative
  actionItemOwner("org:x", visible);
  requireGuardian(await loadVisibleChild(db, actor, "child_1", new Date()), "child.edit");
}

/** The files allowed to mint a brand: the loaders that do the check. */
const MINTERS: Record<string, string[]> = {
  markVisibleInitiative: ["lib/initiatives/queries.ts"],
  markEditableInitiative: ["lib/initiatives/editable.ts"],
  markVisibleChild: ["lib/children/load-child.ts"],
};

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.parentPath.includes("generated"))
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)));
}

describe("authorised values", () => {
  it("are minted only by the loaders that check the policy", async () => {
    const files = [...(await sourceFiles("lib")), ...(await sourceFiles("app")), ...(await sourceFiles("components"))];
    const found: Record<string, string[]> = Object.fromEntries(Object.keys(MINTERS).map((m) => [m, []]));
    for (const file of files) {
      if (file === path.join("lib", "policy", "authorised.ts")) continue;
      const text = await readFile(file, "utf8");
      for (const mint of Object.keys(MINTERS)) if (new RegExp(`\\b${mint}\\(`).test(text)) found[mint]!.push(file);
    }
    expect(found).toEqual(MINTERS);
  });
});
