// During a database outage a sign-in answers with a generic message: the driver's error (which
// names the database host and port) stays in the server log (decision 0016).
import { afterAll, describe, expect, it, vi } from "vitest";

const DRIVER_ERROR = "connect ECONNREFUSED 10.20.30.40:5432 (db-primary.internal)";

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("../../lib/auth/credentials", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../lib/auth/credentials")>()),
  checkCredentials: async () => {
    throw new Error(DRIVER_ERROR);
  },
}));

const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
afterAll(() => logged.mockRestore());

const { signInWithPasswordAction } = await import("../../lib/auth/sign-in-actions");
const { authOptions, SIGN_IN_UNAVAILABLE } = await import("../../lib/auth/auth-options");

const credentials = { email: "ouder@demo.test", password: "Samen-naar-school-2026" };

describe("sign-in during a database outage", () => {
  it("the sign-in form's action answers a generic error without the driver's text", async () => {
    const result = await signInWithPasswordAction(null, credentials);
    expect(result).toMatchObject({ ok: false, code: "ERROR", formError: "unexpected" });
    const sent = JSON.stringify(result);
    for (const leak of ["ECONNREFUSED", "5432", "10.20.30.40", "db-primary"]) expect(sent).not.toContain(leak);
    expect(logged).toHaveBeenCalled(); // the operator still sees what happened
  });

  it("next-auth's credentials callback gets a code, not the message it would put in the URL", async () => {
    const provider = authOptions.providers.find((p) => p.id === "credentials") as unknown as {
      options: { authorize: (raw: unknown, req: unknown) => Promise<unknown> };
    };
    await expect(provider.options.authorize(credentials, { headers: {} })).rejects.toThrow(
      new Error(SIGN_IN_UNAVAILABLE),
    );
  });
});
