import { describe, expect, it } from "vitest";
import { z } from "zod";
import { makeActionRunner } from "../../lib/actions/define-action";
import type { Actor } from "../../lib/policy/actor";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "../../lib/policy/errors";

const actor: Actor = {
  userId: "u1",
  name: "Test",
  email: "t@demo.test",
  locale: "nl",
  workspaces: [{ key: "persoonlijk", kind: "PERSONAL" }],
  workspace: { key: "persoonlijk", kind: "PERSONAL" },
};
const schema = z.object({
  email: z.email({ error: "emailInvalid" }),
  password: z.string().min(12, { error: "passwordTooShort" }),
});

describe("the server action wrapper", () => {
  it("refuses without a session before looking at the input", async () => {
    const action = makeActionRunner(async () => null)(schema, async () => "never");
    expect(await action(null, {})).toEqual({
      ok: false,
      code: "UNAUTHENTICATED",
      formError: "unauthenticated",
      values: {},
    });
  });

  it("a database that does not answer is 'not saved, try again' with the input kept, in the session lookup too", async () => {
    const form = { email: "ouder@demo.test", password: "lang genoeg wachtwoord", note: "wat ik typte" };
    // The errors node-postgres and Prisma's adapter raise for a frozen or stopped server.
    const timeout = new Error("Query read timeout");
    const unreachable = Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable", host: "db", port: 5432 } } },
    });
    for (const error of [timeout, unreachable]) {
      const inHandler = makeActionRunner(async () => actor)(schema, async () => {
        throw error;
      });
      const inSession = makeActionRunner(async () => {
        throw error;
      })(schema, async () => "never");
      for (const action of [inHandler, inSession]) {
        const result = await action(null, form);
        expect(result).toEqual({
          ok: false,
          code: "UNAVAILABLE",
          formError: "unavailable",
          values: { email: "ouder@demo.test", note: "wat ik typte" },
        });
        expect(JSON.stringify(result)).not.toContain("5432");
      }
    }
  });

  it("an unexpected failure keeps the input too", async () => {
    const action = makeActionRunner(async () => actor)(schema, async () => {
      throw new TypeError("a bug");
    });
    const result = await action(null, { email: "ouder@demo.test", password: "lang genoeg wachtwoord" });
    expect(result).toEqual({ ok: false, code: "ERROR", formError: "unexpected", values: { email: "ouder@demo.test" } });
  });

  it("returns message keys per field and echoes input except passwords", async () => {
    let ran = false;
    const action = makeActionRunner(async () => actor)(schema, async () => (ran = true));
    const form = new FormData();
    form.set("email", "geen-adres");
    form.set("password", "kort");
    const result = await action(null, form);
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { email: ["emailInvalid"], password: ["passwordTooShort"] },
      values: { email: "geen-adres" },
    });
    expect(ran).toBe(false);
  });

  it("maps policy errors to result codes and hides unexpected ones", async () => {
    const run = (error: Error) =>
      makeActionRunner(async () => actor)(z.object({}), async () => {
        throw error;
      })(null, {});
    expect(await run(new NotFoundError())).toMatchObject({ code: "NOT_FOUND" });
    expect(await run(new ForbiddenError())).toMatchObject({ code: "FORBIDDEN" });
    expect(await run(new ConflictError())).toMatchObject({ code: "CONFLICT" });
    expect(await run(new FieldError("email", "alreadyMember"))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: ["alreadyMember"] },
    });
    const unexpected = await run(new Error('relation "User" does not exist'));
    expect(unexpected).toEqual({ ok: false, code: "ERROR", formError: "unexpected", values: {} });
  });
});
