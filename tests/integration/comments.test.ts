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
import { findVisibleInitiative } from "../../lib/initiatives/queries";
import { FieldError, ForbiddenError, NotFoundError } from "../../lib/policy/errors";
import { createOrganisation, createMember, createTeam, type Team } from "./support/factories";
import { actorFor, auditCount, freshEmptyWorld } from "./support/world";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { testPort } from "./support/ports";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const outbox = ownMailCatcher({ smtpPort: testPort(1311), httpPort: testPort(1361) });
let db: Db;
let stepId: string;
let team: Team;
/** Outsiders: the gemeente of another initiative, and the steunpunt (oversees, takes no part). */
let elsewhere: string;
let steunpunt: string;
beforeEach(async () => {
  db = await freshEmptyWorld();
  team = await createTeam(db);
  stepId = team.initiative.steps["onderwijsbehoeften-in-kaart"]!;
  elsewhere = (await createTeam(db)).people.gemeente.email;
  steunpunt = (await createMember(db, (await createOrganisation(db, { kind: "STEUNPUNT" })).id)).email;
});

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const comment = async (email: string, body: string, mentionEmails: string[] = []) =>
  addComment(db, await actorFor(db, email), {
    initiativeId: team.initiative.id,
    stepId,
    body,
    mentionUserIds: await Promise.all(mentionEmails.map(userId)),
  });

const visibleToParent = async () =>
  findVisibleInitiative(db, await actorFor(db, team.people.parent.email), team.initiative.id);

describe("commenting on a step", () => {
  it("saves the comment and its mentions, notifies and e-mails the mentioned people, not the author", async () => {
    const before = await auditCount(db, "comment.added");
    const { parent, school: schoolUser, zorg } = team.people;
    const result = await comment(schoolUser.email, "Kunnen jullie de gespreksverslagen voor vrijdag aanvullen?", [
      parent.email,
      zorg.email,
      schoolUser.email,
    ]);
    expect(result.mentioned).toBe(3);
    expect(await auditCount(db, "comment.added")).toBe(before + 1);

    const school = await actorFor(db, schoolUser.email);
    const [listed] = await listStepComments(db, await findVisibleInitiative(db, school, team.initiative.id), stepId);
    expect(listed).toMatchObject({
      body: "Kunnen jullie de gespreksverslagen voor vrijdag aanvullen?",
      authorName: school.name,
    });
    expect(listed!.mentioned).toHaveLength(3);

    const notifications = await db.notification.findMany({
      where: { kind: "MENTION" },
      include: { user: { select: { email: true } } },
    });
    expect(notifications.map((n) => n.user.email).sort()).toEqual([parent.email, zorg.email].sort());
    expect(notifications[0]).toMatchObject({
      link: `/initiatieven/${team.initiative.id}/stappen/${stepId}`,
      initiativeId: team.initiative.id,
    });
    expect(notifications[0]!.message).toMatchObject({
      key: "mention",
      values: { author: school.name, initiative: team.initiative.name },
    });

    const mail = await waitForMail(parent.email, { httpPort: testPort(1361), timeoutMs: 5000 });
    expect(mail.subject).toContain(`${school.name} noemde u bij de stap`);
    expect(mail.text).toContain(`http://app.test/initiatieven/${team.initiative.id}/stappen/${stepId}`);
    // The author is not told of their own mention (their other mail, e.g. joining the initiative, is not at issue).
    expect(outbox.to(schoolUser.email).some((m) => m.subject.includes("noemde u"))).toBe(false);
  });

  it("refuses to mention someone outside the initiative and saves nothing", async () => {
    for (const outsider of [elsewhere, steunpunt]) {
      const audits = await auditCount(db);
      const error = await comment(team.people.school.email, "Zie bijlage", [team.people.parent.email, outsider]).catch(
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
    const { school, teacher } = team.people;
    await db.user.update({ where: { id: teacher.id }, data: { active: false } });
    await expect(comment(school.email, "Graag reactie", [teacher.email])).rejects.toBeInstanceOf(FieldError);
  });

  it("lets only editors comment: readers and overseers 403, strangers 404", async () => {
    await expect(comment(team.people.swvReader.email, "Vraag")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(comment(steunpunt, "Vraag")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(comment(elsewhere, "Vraag")).rejects.toBeInstanceOf(NotFoundError);
    const otherStep = await db.initiativeStep.findFirstOrThrow({
      where: { initiativeId: { not: team.initiative.id } },
    });
    await expect(
      addComment(db, await actorFor(db, team.people.school.email), {
        initiativeId: team.initiative.id,
        stepId: otherStep.id,
        body: "Vraag",
        mentionUserIds: [],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.stepComment.count()).toBe(0);
  });

  it("checks the body length", () => {
    const base = { initiativeId: "i1", stepId: "s1", mentionUserIds: [] };
    expect(ZAddComment.safeParse({ ...base, body: "   " }).error?.issues[0]?.message).toBe("required");
    expect(ZAddComment.safeParse({ ...base, body: "x".repeat(5001) }).error?.issues[0]?.message).toBe("commentTooLong");
    expect(ZAddComment.safeParse({ ...base, body: "x".repeat(5000) }).success).toBe(true);
  });

  it("reads mentions from the form's checkboxes when called as a server action", async () => {
    const fd = new FormData();
    const { parent, teacher, zorg } = team.people;
    fd.set("initiativeId", team.initiative.id);
    fd.set("stepId", stepId);
    fd.set("body", "Graag jullie reactie");
    fd.set(`mention-${parent.id}`, parent.id);
    fd.set(`mention-${teacher.id}`, teacher.id);
    const result = await runAsActor(await actorFor(db, zorg.email), () => addCommentAction(null, fd));
    expect(result).toMatchObject({ ok: true, data: { mentioned: 2 } });

    const outsider = new FormData();
    for (const [k, v] of fd.entries()) outsider.set(k, v);
    outsider.set(`mention-x`, await userId(elsewhere));
    const refused = await runAsActor(await actorFor(db, zorg.email), () => addCommentAction(null, outsider));
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
        where: { id: { in: (await mentionableUsers(db, await visibleToParent())).map((u) => u.id) } },
        select: { email: true },
      })
    ).map((u) => u.email);
    // Everyone of the team (the parent and the people of every participating organisation), nobody else.
    expect(emails.sort()).toEqual(
      Object.values(team.people)
        .map((u) => u.email)
        .sort(),
    );
    expect(emails).not.toContain(elsewhere);
    expect(emails).not.toContain(steunpunt);
  });
});
