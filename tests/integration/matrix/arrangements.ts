// The arrangement workflow: drafting (the initiative's editors) and review (the payers whose
// money is involved, and the parents). Inputs build the arrangement they need through the
// workflow functions as school@demo.test, after removing any left by an earlier case.
import type { Db } from "../../../lib/db/client";
import type { ArrangementLine } from "../../../lib/arrangements/types";
import { createArrangement } from "../../../lib/arrangements/workflow/draft";
import { submitForReview } from "../../../lib/arrangements/workflow/review";
import { BREDA_LINES, META } from "../support/arrangement-lines";
import { actorFor } from "../support/world";
import type { Case, ExtraActor } from "./support";
import { bredaEditors, expect_ } from "./support";
import { ID } from "../../support/demo";

const LINES = BREDA_LINES.slice(0, 3); // board, SWV and gemeente Breda pay; no zorgkantoor

/** The lines as the editor form posts them: flat `lines.<i>.<field>` with Dutch euro text. */
function formLines(lines: ArrangementLine[]) {
  return Object.fromEntries(
    lines.flatMap((l, i) => {
      const fields = {
        lineKey: l.lineKey,
        component: l.component,
        description: l.description,
        fundingStream: l.fundingStream,
        payerOrganisationId: l.payerOrganisationId,
        providerOrganisationId: l.providerOrganisationId,
        hoursPerWeek: String(l.hoursPerWeek ?? ""),
        amount: l.amountCentsPerYear === null ? "" : `€ ${(l.amountCentsPerYear / 100).toFixed(2).replace(".", ",")}`,
        rationale: l.rationale,
      };
      return Object.entries(fields).map(([k, v]) => [`lines.${i}.${k}`, v]);
    }),
  );
}
const formMeta = {
  scenario: META.scenario,
  periodStart: META.periodStart,
  periodEnd: META.periodEnd,
  groupSize: String(META.groupSize),
};

async function concept(db: Db) {
  await db.arrangement.deleteMany({ where: { initiativeId: ID.breda } });
  return createArrangement(db, await actorFor(db, "school@demo.test"), {
    initiativeId: ID.breda,
    meta: META,
    lines: LINES,
  });
}
async function submitted(db: Db) {
  const created = await concept(db);
  await submitForReview(db, await actorFor(db, "school@demo.test"), { versionId: created.versionId, lockVersion: 1 });
  return created;
}

// Approving: the payers (SWV for its budget, the gemeente for the Jeugdwet line) and the parents,
// per child: ouder@ is Noor's guardian and approves for Noor (organisations ignore the childId).
// The school pays nothing here (its board does), the provider approves nothing, readers speak for nobody.
const reviewers = expect_({ swv: "ok", gemeente: "ok", ouder: "ok", gemeenteAlkmaar: "NOT_FOUND" }, "FORBIDDEN");
// A change request on the Jeugdwet line: its payer (the gemeente) and the parents (a guardian).
const jeugdwetReviewers = expect_({ gemeente: "ok", ouder: "ok", gemeenteAlkmaar: "NOT_FOUND" }, "FORBIDDEN");
// What a refused review must leave as it was.
const reviewRows = async (db: Db) => ({
  approvals: await db.arrangementApproval.findMany({ orderBy: { id: "asc" } }),
  changeRequests: await db.arrangementChangeRequest.findMany({ orderBy: { id: "asc" } }),
  versions: await db.arrangementVersion.findMany({ orderBy: { id: "asc" } }),
});

// The parents' side of a review, beyond the demo roles: the parent who works for the care provider
// (never a guardian, in either workspace) and Daan's guardian Linda, who speaks for Daan only as
// a parent, never from the stichting's workspace.
const JOYCE = "ouder.zorg@demo.test";
const LINDA = "stichting@demo.test";
const personal = async () => "persoonlijk";
const memberOf = (email: string) => async (db: Db) =>
  (await db.membership.findFirstOrThrow({ where: { user: { email } }, orderBy: { id: "asc" } })).organisationId;
function parentsSide(input: (db: Db) => Promise<Record<string, unknown>>): Record<string, ExtraActor> {
  return {
    "ouder.zorg (personal)": { email: JOYCE, workspace: personal, input, expected: "FORBIDDEN" },
    "ouder.zorg (care provider)": { email: JOYCE, workspace: memberOf(JOYCE), input, expected: "FORBIDDEN" },
    "stichting (Daan's guardian) as the stichting": {
      email: LINDA,
      workspace: memberOf(LINDA),
      input,
      expected: "FORBIDDEN",
    },
  };
}

export const entries: Record<string, Case> = {
  "lib/arrangements/actions.ts#createArrangementAction": {
    input: async (db) => {
      await db.arrangement.deleteMany({ where: { initiativeId: ID.breda } });
      return { initiativeId: ID.breda, ...formMeta, ...formLines(LINES) };
    },
    expected: bredaEditors,
  },
  "lib/arrangements/actions.ts#saveConceptAction": {
    input: async (db) => {
      const { versionId } = await concept(db);
      return {
        initiativeId: ID.breda,
        versionId,
        lockVersion: "1",
        ...formMeta,
        ...formLines(LINES.slice(0, 2)),
        "lines.2.description": "Vervoer",
        "lines.2.component": "VERVOER",
        "lines.2.fundingStream": "WMO",
        "lines.2.payerOrganisationId": ID.gemeenteBreda,
        "lines.2.providerOrganisationId": ID.kinderzorgBaronie,
        "lines.2.amount": "4.000",
        "lines.2.rationale": "Leerlingenvervoer regelt de gemeente.",
      };
    },
    expected: bredaEditors,
  },
  "lib/arrangements/actions.ts#startRevisionAction": {
    input: async (db) => ({ initiativeId: ID.breda, arrangementId: (await submitted(db)).arrangementId }),
    expected: bredaEditors,
  },
  "lib/arrangements/actions.ts#submitForReviewAction": {
    input: async (db) => ({ initiativeId: ID.breda, versionId: (await concept(db)).versionId, lockVersion: "1" }),
    expected: bredaEditors,
  },
  "lib/arrangements/actions.ts#approveVersionAction": {
    input: async (db) => ({ initiativeId: ID.breda, versionId: (await submitted(db)).versionId, childId: ID.noor }),
    expected: reviewers,
    rows: reviewRows,
    also: {
      ...parentsSide(async (db) => ({
        initiativeId: ID.breda,
        versionId: (await submitted(db)).versionId,
        childId: ID.daan,
      })),
      "stichting (Daan's guardian) for Daan": {
        email: LINDA,
        workspace: personal,
        input: async (db) => ({ initiativeId: ID.breda, versionId: (await submitted(db)).versionId, childId: ID.daan }),
        expected: "ok",
      },
    },
  },
  "lib/arrangements/actions.ts#requestChangesAction": {
    input: async (db) => ({
      initiativeId: ID.breda,
      versionId: (await submitted(db)).versionId,
      lineKey: "jeugdwet",
      comment: "Graag de uren per kind onderbouwen.",
    }),
    expected: jeugdwetReviewers,
    rows: reviewRows,
    also: parentsSide(async (db) => ({
      initiativeId: ID.breda,
      versionId: (await submitted(db)).versionId,
      lineKey: "jeugdwet",
      comment: "Graag de uren per kind onderbouwen.",
    })),
  },
};
