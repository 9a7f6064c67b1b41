// Sign-up with e-mail verification, password reset and change, through the forms' own server
// actions: links are random, hashed at rest, single use and short-lived; known and unknown
// addresses get the same answer; a reset ends every session, a change every other one.
import { testRequest } from "./support/next-headers";
import { testPort } from "./support/ports";
import { decode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { changePasswordAction } from "../../lib/account/password-actions";
import { runAsActor } from "../../lib/auth/actor-override";
import { checkCredentials } from "../../lib/auth/credentials";
import { loadActor } from "../../lib/auth/load-actor";
import { openSession } from "../../lib/auth/server-sessions";
import { NO_REQUEST } from "../../lib/access-log/client-address";
import { hashOneTimeToken } from "../../lib/auth/one-time-token";
import { verifyPassword } from "../../lib/auth/password";
import { RESET_LINK_VALID_MINUTES } from "../../lib/auth/password-reset";
import { requestPasswordResetAction, resetPasswordAction } from "../../lib/auth/password-reset-actions";
import { SIGN_UP_LINK_VALID_MINUTES } from "../../lib/auth/sign-up";
import { confirmSignUpAction, signUpAction } from "../../lib/auth/sign-up-actions";
import { resetAppConfig } from "../../lib/config/app-config";
import type { Db } from "../../lib/db/client";
import { translatorFor } from "../../lib/i18n/translator";
import { startInitiative } from "../../lib/initiatives/start-initiative";
import { ZStartInitiative } from "../../lib/initiatives/start-schemas";
import { acceptInvitation } from "../../lib/organisations/accept-invitation";
import { inviteMember } from "../../lib/organisations/invitations";
import { can } from "../../lib/policy/can";
import { FieldError } from "../../lib/policy/errors";
import { pinClock, resetClock } from "../../lib/time/clock";
import { ID } from "../support/demo";
import { extractLink } from "../support/mailbox";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";

// The session cookie an action sets, as the browser would keep it.
const jar = testRequest.cookies;
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const SECRET = "integration-test-secret-for-identity";
const outbox = ownMailCatcher({ smtpPort: testPort(1433), httpPort: testPort(1437) }, { clearBeforeEach: true });
const savedSecret = process.env.NEXTAUTH_SECRET;
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
  resetAppConfig();
});
afterAll(() => {
  if (savedSecret === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = savedSecret;
  resetAppConfig();
  resetClock();
});

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
  jar.clear();
  resetClock();
});

const STRONG = "vlinders-boven-de-moestuin";
const DEMO_PASSWORD = "Samen-naar-school-2026";

async function session() {
  const value = [...jar.entries()].find(([name]) => name.endsWith("next-auth.session-token"))?.[1];
  if (!value) return null;
  const token = await decode({ token: value, secret: SECRET });
  return token ? { uid: token.uid as string, sid: token.sid as string } : null;
}

function linkIn(to: string, path: string) {
  const mails = outbox.to(to);
  expect(mails).toHaveLength(1);
  return { mail: mails[0]!, token: extractLink(mails[0]!.text, path).split(path)[1]! };
}

const signUp = (input: Record<string, string>) => signUpAction(null, input);

describe("signing up as a parent", () => {
  const email = "nieuwe.ouder@voorbeeld.nl";

  it("mails a confirmation link; confirming makes the account, signs the parent in, and they can start an initiative", async () => {
    expect(await signUp({ name: "Fatima el Amrani", email: "Nieuwe.Ouder@Voorbeeld.nl", password: STRONG })).toEqual({
      ok: true,
      data: null,
    });
    // No account until the address is confirmed: the sign-up's password does not sign in.
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(
      await checkCredentials({ email, password: STRONG }, { clientAddress: "127.0.0.1", userAgent: null }),
    ).toBeNull();

    const { mail, token } = linkIn(email, "/registreren/bevestigen/");
    expect(mail.subject).toBe("Bevestig uw account bij Samen naar School");
    // Only the token's hash and the password's argon2 hash are stored.
    const pending = await db.signUpRequest.findFirstOrThrow({ where: { email } });
    expect(pending.tokenHash).toBe(hashOneTimeToken(token));
    expect(JSON.stringify(pending)).not.toContain(token);
    expect(pending.passwordHash).toMatch(/^\$argon2id\$/);
    const minutes = (pending.expiresAt.getTime() - pending.createdAt.getTime()) / 60_000;
    expect(Math.round(minutes)).toBe(SIGN_UP_LINK_VALID_MINUTES);

    const audits = await auditCount(db, "user.created");
    expect(await confirmSignUpAction(null, { token })).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).not.toBeNull();
    expect(await verifyPassword(user.passwordHash!, STRONG)).toBe(true);
    expect(await auditCount(db, "user.created")).toBe(audits + 1);
    // The audit names the account, never its address or name.
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", entityId: user.id } });
    expect(JSON.stringify(event)).not.toMatch(/voorbeeld\.nl|Fatima|Amrani/);
    expect(await db.signUpRequest.count({ where: { email } })).toBe(0);

    // Signed in: the cookie's session is this user's, in the personal workspace.
    const s = await session();
    expect(s?.uid).toBe(user.id);
    const actor = await loadActor(db, s!.uid, s!.sid, undefined);
    expect(actor?.workspace.kind).toBe("PERSONAL");
    expect(can(actor!, "initiative.start")).toBe(true);
    const started = await startInitiative(
      db,
      actor!,
      ZStartInitiative.parse({
        name: "Samen naar School Noord",
        doelgroep: "Kinderen met een meervoudige beperking",
        motivation: "Naar school in de eigen wijk",
        needs: "Een lokaal en begeleiders",
        gemeenteId: ID.gemeenteBreda,
      }),
    );
    expect(started.id).toBeTruthy();
  });

  it("uses a link once", async () => {
    await signUp({ name: "Fatima el Amrani", email, password: STRONG });
    const { token } = linkIn(email, "/registreren/bevestigen/");
    expect(await confirmSignUpAction(null, { token })).toMatchObject({ ok: true });
    jar.clear();
    const users = await db.user.count();
    expect(await confirmSignUpAction(null, { token })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      formError: "signUp.linkInvalid",
    });
    expect(await db.user.count()).toBe(users);
    expect(await session()).toBeNull();
  });

  it("refuses an expired link and makes no account", async () => {
    const start = new Date();
    pinClock(start);
    await signUp({ name: "Fatima el Amrani", email, password: STRONG });
    const { token } = linkIn(email, "/registreren/bevestigen/");
    pinClock(new Date(start.getTime() + (SIGN_UP_LINK_VALID_MINUTES + 1) * 60_000));
    expect(await confirmSignUpAction(null, { token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await session()).toBeNull();
  });

  it("answers a known address exactly as an unknown one, and mails the owner a way to reset instead", async () => {
    const known = await signUp({ name: "Iemand Anders", email: "ouder@demo.test", password: STRONG });
    const unknown = await signUp({ name: "Iemand Anders", email, password: STRONG });
    expect(known).toEqual(unknown);
    const owner = outbox.to("ouder@demo.test");
    expect(owner).toHaveLength(1);
    expect(owner[0]!.subject).toBe("U heeft al een account bij Samen naar School");
    expect(extractLink(owner[0]!.text, "/wachtwoord-vergeten")).toBeTruthy();
    // The existing account is as it was; no request is stored for it.
    expect(await db.signUpRequest.count({ where: { email: "ouder@demo.test" } })).toBe(0);
    const ouder = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
    expect(await verifyPassword(ouder.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });

  it("takes about as long for a known address as for an unknown one", async () => {
    const time = async (address: string) => {
      const t = performance.now();
      await signUp({ name: "Iemand Anders", email: address, password: STRONG });
      return performance.now() - t;
    };
    await time("opwarmen@voorbeeld.nl");
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(`ouder@demo.test`));
      unknown.push(await time(`onbekend.${i}@voorbeeld.nl`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    // Both hash the password; the difference is one insert, far below the hash's cost.
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(0.5 * Math.max(median(known), median(unknown)));
  });

  it("refuses weak, common and personal passwords with Dutch field messages, and stores nothing", async () => {
    const cases: [string, string][] = [
      ["Password123!", "passwordCommon"],
      ["Welkom2026!!", "passwordPredictable"],
      ["Wachtwoord2026", "passwordPredictable"],
      ["amrani-fietst-naar-school", "passwordPersonal"],
      ["kort", "passwordTooShort"],
    ];
    for (const [password, key] of cases) {
      const result = await signUp({ name: "Fatima el Amrani", email, password });
      expect(result, password).toEqual({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { password: [key] },
        values: { name: "Fatima el Amrani", email },
      });
    }
    expect(await db.signUpRequest.count()).toBe(0);
    expect(outbox.messages()).toHaveLength(0);
    // What the field then says, in Dutch.
    const tv = translatorFor("nl", "validation");
    expect(tv("passwordPredictable")).toBe(
      "Eén woord met alleen cijfers of tekens ervoor of erachter is makkelijk te raden. Gebruik liever een paar losse woorden.",
    );
    expect(tv("passwordPersonal")).toBe("Het wachtwoord mag uw naam of (een deel van) uw e-mailadres niet bevatten.");
  });
});

describe("resetting a forgotten password", () => {
  it("mails a single-use link; using it sets the password and ends every session", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
    const earlier = await openSession(db, before.id, "PASSWORD", NO_REQUEST);
    expect(await requestPasswordResetAction(null, { email: "Ouder@Demo.test" })).toEqual({ ok: true, data: null });
    const { token } = linkIn("ouder@demo.test", "/wachtwoord-herstellen/");
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: before.id } });
    expect(stored.tokenHash).toBe(hashOneTimeToken(token));
    expect(Math.round((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 60_000)).toBe(
      RESET_LINK_VALID_MINUTES,
    );

    // A weak password is refused and the link still works.
    expect(await resetPasswordAction(null, { token, password: "Welkom2026!!" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["passwordPredictable"] },
    });
    expect(await resetPasswordAction(null, { token, password: STRONG })).toEqual({
      ok: true,
      data: { email: "ouder@demo.test" },
    });
    const after = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
    expect(await verifyPassword(after.passwordHash!, STRONG)).toBe(true);
    // Every session issued before is over.
    expect(await loadActor(db, before.id, earlier, undefined)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: earlier } })).endReason).toBe("PASSWORD_CHANGED");
    expect(await auditCount(db, "user.password_reset")).toBe(1);

    // Once only.
    expect(await resetPasswordAction(null, { token, password: "nog-een-ander-lang-wachtwoord" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      formError: "passwordReset.linkInvalid",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: before.id } })).passwordHash).toBe(after.passwordHash);
  });

  it("refuses an expired link and changes nothing", async () => {
    const start = new Date();
    pinClock(start);
    await requestPasswordResetAction(null, { email: "ouder@demo.test" });
    const { token } = linkIn("ouder@demo.test", "/wachtwoord-herstellen/");
    pinClock(new Date(start.getTime() + (RESET_LINK_VALID_MINUTES + 1) * 60_000));
    const before = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
    expect(await resetPasswordAction(null, { token, password: STRONG })).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } })).toEqual(before);
  });

  it("answers an unknown address exactly as a known one, sends nothing and stores nothing", async () => {
    const known = await requestPasswordResetAction(null, { email: "ouder@demo.test" });
    const unknown = await requestPasswordResetAction(null, { email: "niemand@voorbeeld.nl" });
    expect(unknown).toEqual(known);
    expect(outbox.to("niemand@voorbeeld.nl")).toHaveLength(0);
    expect(await db.passwordResetToken.count()).toBe(1);
  });
});

describe("changing one's password", () => {
  it("asks the current password: a wrong one changes nothing", async () => {
    const ouder = await actorFor(db, "ouder@demo.test");
    const before = await db.user.findUniqueOrThrow({ where: { id: ouder.userId } });
    const result = await runAsActor(ouder, () =>
      changePasswordAction(null, { currentPassword: "niet-het-goede-wachtwoord", newPassword: STRONG }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { currentPassword: ["currentPasswordWrong"] },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: ouder.userId } })).toEqual(before);
    expect(await auditCount(db, "user.password_changed")).toBe(0);
  });

  it("refuses a new password with the person's own name in it", async () => {
    const ouder = await actorFor(db, "ouder@demo.test");
    const surname = ouder.name.split(" ").at(-1)!.toLowerCase();
    const result = await runAsActor(ouder, () =>
      changePasswordAction(null, { currentPassword: DEMO_PASSWORD, newPassword: `${surname}-fietst-naar-de-moestuin` }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { newPassword: ["passwordPersonal"] } });
  });

  it("keeps this session (issued anew) and ends every other one", async () => {
    const ouder = await actorFor(db, "ouder@demo.test");
    const before = await db.user.findUniqueOrThrow({ where: { id: ouder.userId } });
    const other = await openSession(db, before.id, "PASSWORD", NO_REQUEST);
    const result = await runAsActor(ouder, () =>
      changePasswordAction(null, { currentPassword: DEMO_PASSWORD, newPassword: STRONG }),
    );
    expect(result).toEqual({ ok: true, data: { changed: true } });
    expect(await loadActor(db, before.id, other, undefined)).toBeNull();
    const s = await session();
    expect(s?.uid).toBe(before.id);
    expect(await loadActor(db, s!.uid, s!.sid, undefined)).not.toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: before.id } });
    expect(await verifyPassword(after.passwordHash!, STRONG)).toBe(true);
    expect(await auditCount(db, "user.password_changed")).toBe(1);
  });
});

describe("accepting an invitation", () => {
  it("holds a newcomer's password to the same policy, with the invited address as theirs", async () => {
    const school = await actorFor(db, "school@demo.test");
    await inviteMember(db, school, { email: "marieke.smit@vlinderboom.test", role: "MEDEWERKER" });
    const { token } = linkIn("marieke.smit@vlinderboom.test", "/uitnodiging/");
    for (const [password, key] of [
      ["marieke-gaat-naar-school", "passwordPersonal"],
      ["vlinderboom-met-de-klas", "passwordPersonal"],
      ["Welkom2026!!", "passwordPredictable"],
    ] as const) {
      const refused = await acceptInvitation(db, { token, name: "Marieke Smit", password }).catch((e: unknown) => e);
      expect(refused, password).toBeInstanceOf(FieldError);
      expect((refused as FieldError).messageKey).toBe(key);
    }
    expect(await db.user.findUnique({ where: { email: "marieke.smit@vlinderboom.test" } })).toBeNull();
    await acceptInvitation(db, { token, name: "Marieke Smit", password: STRONG });
    expect(await db.user.findUnique({ where: { email: "marieke.smit@vlinderboom.test" } })).not.toBeNull();
  });
});
