// Comments on a step with mentions: only editors comment, only people involved in the
// initiative can be mentioned, and a mention reaches the person as a notification and e-mail.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { waitForMail } from "../support/mailbox";
import { runAsActor } from "../../lib/auth/actor-override";
import { addCommentAction } from "../../lib/comments/actions";
import { addComment } from "../../lib/comments/add-comment";
import { mentionableUsers } from "../../lib/comments/involved";
import { listStepComments } from "../../lib/comments/queries";
import { ZAddComment } from "../../lib/comments/schemas";
import type { Db } from "../../lib/db/client";
import { FieldError, ForbiddenError, NotFoundError } from "../../lib/policy/errors";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ownMailCatcher } from "./support/own-mail-catcher";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => undefined, get: () => undefined }) }));

const outbox = ownMailCatcher({ smtpPort: 1311, httpPort: 1361 });
let db: Db;
let stepId: string;
beforeEach(async () => {
  db = await freshDemoWorld();
  stepId = (
    await db.initiativeStep.findFirstOrThrow({
      where: { initiativeId: "ini_breda", key: "onderwijsbehoeften-in-kaart" },
    })
  ).id;
});

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const comment = async (email: string, body: string, mentionEmails: string[] = []) =>
  addComment(db, await actorFor(db, email), {
    initiativeId: "ini_breda",
    stepId,
    body,
    mentionUserIds: await Promise.all(mentionEmails.map(userId)),
  });

describe("commenting on a step", () => {
  it("saves the comment and its mentions, notifies and e-mails the mentioned people, not the author", async () => {
    const before = await auditCount(db, "comment.added");
    const result = await comment("school@demo.test", "Kunnen jullie de gespreksverslagen voor vrijdag aanvullen?", [
      "ouder@demo.test",
      "zorg@demo.test",
      "school@demo.test",
    ]);
    expect(result.mentioned).toBe(3);
    expect(await auditCount(db, "comment.added")).toBe(before + 1);

    const [listed] = await listStepComments(db, { id: "ini_breda" }, stepId);
    const school = await actorFor(db, "school@demo.test");
    expect(listed).toMatchObject({
      body: "Kunnen jullie de gespreksverslagen voor vrijdag aanvullen?",
      authorName: school.name,
    });
    expect(listed!.mentioned).toHaveLength(3);

    const notifications = await db.notification.findMany({
      where: { kind: "MENTION" },
      include: { user: { select: { email: true } } },
    });
    expect(notifications.map((n) => n.user.email).sort()).toEqual(["ouder@demo.test", "zorg@demo.test"]);
    expect(notifications[0]).toMatchObject({
      link: `/initiatieven/ini_breda/stappen/${stepId}`,
      initiativeId: "ini_breda",
    });
    expect(notifications[0]!.message).toMatchObject({
      key: "mention",
      values: { author: school.name, initiative: "Samen naar School Breda – De Vlinderboom" },
    });

    const mail = await waitForMail("ouder@demo.test", { httpPort: 1361, timeoutMs: 5000 });
    expect(mail.subject).toContain(`${school.name} noemde u bij de stap`);
    expect(mail.text).toContain(`http://app.test/initiatieven/ini_breda/stappen/${stepId}`);
    expect(outbox.messages().some((m) => m.to.includes("school@demo.test"))).toBe(false);
  });

  it("refuses to mention someone outside the initiative and saves nothing", async () => {
    for (const outsider of ["gemeente.alkmaar@demo.test", "steunpunt@demo.test"]) {
      const audits = await auditCount(db);
      const error = await comment("school@demo.test", "Zie bijlage", ["ouder@demo.test", outsider]).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FieldError);
      expect(error).toMatchObject({ field: "mentions", messageKey: "mentionNotInvolved" });
      expect(await db.stepComment.count()).toBe(0);
      expect(await db.notification.count({ where: { kind: "MENTION" } })).toBe(0);
      expect(await auditCount(db)).toBe(audits);
    }
  });

  it("refuses deactivated people as mentions", async () => {
    await db.user.update({ where: { email: "leerkracht@demo.test" }, data: { active: false } });
    await expect(comment("school@demo.test", "Graag reactie", ["leerkracht@demo.test"])).rejects.toBeInstanceOf(
      FieldError,
    );
  });

  it("lets only editors comment: readers and overseers 403, strangers 404", async () => {
    await expect(comment("swv.lezer@demo.test", "Vraag")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(comment("steunpunt@demo.test", "Vraag")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(comment("gemeente.alkmaar@demo.test", "Vraag")).rejects.toBeInstanceOf(NotFoundError);
    const alkmaarStep = await db.initiativeStep.findFirstOrThrow({ where: { initiativeId: "ini_alkmaar" } });
    await expect(
      addComment(db, await actorFor(db, "school@demo.test"), {
        initiativeId: "ini_breda",
        stepId: alkmaarStep.id,
        body: "Vraag",
        mentionUserIds: [],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.stepComment.count()).toBe(0);
  });

  it("checks the body length", () => {
    const base = { initiativeId: "ini_breda", stepId: "s1", mentionUserIds: [] };
    expect(ZAddComment.safeParse({ ...base, body: "   " }).error?.issues[0]?.message).toBe("required");
    expect(ZAddComment.safeParse({ ...base, body: "x".repeat(5001) }).error?.issues[0]?.message).toBe("commentTooLong");
    expect(ZAddComment.safeParse({ ...base, body: "x".repeat(5000) }).success).toBe(true);
  });

  it("reads mentions from the form's checkboxes when called as a server action", async () => {
    const fd = new FormData();
    fd.set("initiativeId", "ini_breda");
    fd.set("stepId", stepId);
    fd.set("body", "Graag jullie reactie");
    fd.set(`mention-${await userId("ouder@demo.test")}`, await userId("ouder@demo.test"));
    fd.set(`mention-${await userId("leerkracht@demo.test")}`, await userId("leerkracht@demo.test"));
    const result = await runAsActor(await actorFor(db, "zorg@demo.test"), () => addCommentAction(null, fd));
    expect(result).toMatchObject({ ok: true, data: { mentioned: 2 } });

    const outsider = new FormData();
    for (const [k, v] of fd.entries()) outsider.set(k, v);
    outsider.set(`mention-x`, await userId("gemeente.alkmaar@demo.test"));
    const refused = await runAsActor(await actorFor(db, "zorg@demo.test"), () => addCommentAction(null, outsider));
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { mentions: ["mentionNotInvolved"] },
      values: { body: "Graag jullie reactie" },
    });
  });

  it("offers the people of the participants as mentionable, and nobody else", async () => {
    const emails = (
      await db.user.findMany({
        where: { id: { in: (await mentionableUsers(db, "ini_breda")).map((u) => u.id) } },
        select: { email: true },
      })
    ).map((u) => u.email);
    expect(emails).toEqual(
      expect.arrayContaining([
        "ouder@demo.test",
        "school@demo.test",
        "leerkracht@demo.test",
        "swv@demo.test",
        "swv.lezer@demo.test",
        "gemeente@demo.test",
        "zorg@demo.test",
      ]),
    );
    expect(emails).not.toContain("gemeente.alkmaar@demo.test");
    expect(emails).not.toContain("steunpunt@demo.test");
  });
});
