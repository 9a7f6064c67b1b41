import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { sendDailyDigests } from "../../lib/notifications/email";
import { markRead, setEmailPreferences } from "../../lib/notifications/mutations";
import { listNotifications, unreadCount } from "../../lib/notifications/queries";
import { NotFoundError } from "../../lib/policy/errors";
import { advancePhase } from "../../lib/stappenplan/advance-phase";
import { ZUpdateStep } from "../../lib/stappenplan/schemas";
import { updateStep } from "../../lib/stappenplan/update-step";
import { actorFor, freshDemoWorld } from "./support/world";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { ID } from "../support/demo";

const outbox = ownMailCatcher({ smtpPort: 1331, httpPort: 1381 }, { clearBeforeEach: true });
let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

async function assignStep(ownerKey: string) {
  const school = await actorFor(db, "school@demo.test");
  const step = await db.initiativeStep.findFirstOrThrow({ where: { initiativeId: ID.breda, key: "kies-scenario" } });
  await updateStep(
    db,
    school,
    ZUpdateStep.parse({
      initiativeId: ID.breda,
      stepId: step.id,
      version: String(step.version),
      status: "BEZIG",
      owner: ownerKey,
    }),
  );
}

describe("notifications", () => {
  it("assigning a step to an organisation notifies its people in the inbox and by e-mail, not the one who assigned it", async () => {
    await assignStep(`org:${ID.swvBreda}`);
    const swv = await actorFor(db, "swv@demo.test");
    expect(await unreadCount(db, swv)).toBe(1);
    const [item] = (await listNotifications(db, swv)).items;
    expect(item).toMatchObject({
      kind: "STEP_ACTION",
      link: expect.stringMatching(new RegExp(`^/initiatieven/${ID.breda}/stappen/`)),
    });
    expect(outbox.to("swv@demo.test")).toHaveLength(1);
    expect(outbox.to("swv@demo.test")[0]!.subject).toContain("Kies een scenario");
    // A reader (LEZER) of the SWV is not asked to act.
    expect(await unreadCount(db, await actorFor(db, "swv.lezer@demo.test"))).toBe(0);
    expect(await unreadCount(db, await actorFor(db, "school@demo.test"))).toBe(0);
  });

  it("a phase change reaches every participant's people", async () => {
    const school = await actorFor(db, "school@demo.test");
    const version = (await db.initiative.findUniqueOrThrow({ where: { id: ID.breda } })).version;
    await advancePhase(db, school, { initiativeId: ID.breda, version, override: true, reason: "Planning" });
    for (const email of ["ouder@demo.test", "swv@demo.test", "gemeente@demo.test", "zorg@demo.test"]) {
      expect(await unreadCount(db, await actorFor(db, email)), email).toBe(1);
    }
    expect(await unreadCount(db, await actorFor(db, "gemeente.alkmaar@demo.test"))).toBe(0);
  });

  it("respects the e-mail choice: off sends nothing, daily waits for the digest", async () => {
    const swv = await actorFor(db, "swv@demo.test");
    await setEmailPreferences(db, swv, {
      TASK_ASSIGNED: "IMMEDIATE",
      STEP_ACTION: "DAILY",
      MENTION: "IMMEDIATE",
      PHASE_CHANGED: "OFF",
      ARRANGEMENT_ACTION: "IMMEDIATE",
      ARRANGEMENT_PROGRESS: "DAILY",
    });
    await assignStep(`org:${ID.swvBreda}`);
    expect(outbox.to("swv@demo.test")).toHaveLength(0);
    expect(await sendDailyDigests(db)).toBe(1);
    expect(outbox.to("swv@demo.test")).toEqual([
      expect.objectContaining({ subject: expect.stringContaining("1 meldingen") }),
    ]);
    expect(await sendDailyDigests(db)).toBe(0); // each notification goes out once
  });

  it("nobody can mark someone else's notification", async () => {
    await assignStep(`org:${ID.swvBreda}`);
    const swv = await actorFor(db, "swv@demo.test");
    const [item] = (await listNotifications(db, swv)).items;
    await expect(
      markRead(db, await actorFor(db, "gemeente@demo.test"), { notificationId: item!.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await markRead(db, swv, { notificationId: item!.id });
    expect(await unreadCount(db, swv)).toBe(0);
  });
});
