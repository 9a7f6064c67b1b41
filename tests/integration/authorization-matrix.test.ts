// Every server action, called as every kind of actor, against the demo world. Denials are
// asserted as carefully as the allowed cases, and a denial must leave no audit event behind.
// The test fails when a server action exists that the matrix does not list.
import { testPort } from "./support/ports";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startMailCatcher, type MailCatcher } from "../../scripts/mail-catcher";
import { runAsActor } from "../../lib/auth/actor-override";
import type { Db } from "../../lib/db/client";
import type { Actor } from "../../lib/policy/actor";
import type { Case } from "./matrix/support";
import { ACCOUNTS, ACTOR_NAMES } from "./matrix/support";
import { actorInFreshSession, auditCount, freshDemoWorld } from "./support/world";
import { resetAppConfig } from "../../lib/config/app-config";

/** Every file in ./matrix (but support.ts) exports `entries`; together they are the matrix. */
async function loadMatrix(): Promise<Record<string, Case>> {
  const dir = path.resolve("tests/integration/matrix");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && f !== "support.ts");
  const parts = await Promise.all(
    files.map(async (f) => ((await import(path.join(dir, f))) as { entries: Record<string, Case> }).entries),
  );
  return Object.assign({}, ...parts);
}
const MATRIX = await loadMatrix();

// Next's request-bound helpers have no request here; the actions' own logic is what we test.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

async function serverActionFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.parentPath.includes("generated")) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(await readFile(file, "utf8")))
      out.push(path.relative(process.cwd(), file));
  }
  return out;
}

type ServerAction = (prev: unknown, input: unknown) => Promise<{ ok: boolean; code?: string }>;

async function loadAction(key: string): Promise<ServerAction> {
  const [file, name] = key.split("#") as [string, string];
  const exported = (await import(path.resolve(file))) as Record<string, ServerAction>;
  return exported[name]!;
}

let db: Db;
let dirty = false;
let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher({ smtpPort: testPort(1235), httpPort: testPort(1290) });
  process.env.SMTP_URL = `smtp://127.0.0.1:${testPort(1235)}`;
  // Actions that sign someone in (confirming a sign-up, changing a password) sign a session.
  process.env.NEXTAUTH_SECRET ??= "authorization-matrix-test-secret";
  resetAppConfig();
  db = await freshDemoWorld();
});
afterAll(async () => {
  await catcher.close();
});

describe("authorization matrix for server actions", () => {
  it("lists every server action in the code base", async () => {
    const files = [...(await serverActionFiles("lib")), ...(await serverActionFiles("app"))];
    const found: string[] = [];
    for (const file of files) {
      const exported = (await import(path.resolve(file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exported))
        if (typeof value === "function") found.push(`${file}#${name}`);
    }
    expect(found.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  async function run(key: string, c: Case, actor: Actor | null, expected: string, input: Case["input"]) {
    const args = await input(db);
    const before = await auditCount(db);
    const rowsBefore = await c.rows?.(db);
    const result = await runAsActor(actor, async () => (await loadAction(key))(null, args));
    dirty = result.ok && !c.readOnly;
    expect(result.ok ? "ok" : result.code).toBe(expected);
    if (expected !== "ok") {
      expect(await auditCount(db)).toBe(before);
      if (c.rows) expect(await c.rows(db)).toEqual(rowsBefore);
    }
    // Allowed mutations leave exactly one audit event; reads and the workspace cookie change no data.
    else expect(await auditCount(db)).toBe(c.readOnly ? before : before + 1);
  }

  const cases = Object.entries(MATRIX).flatMap(([key, c]) => ACTOR_NAMES.map((actorName) => ({ key, actorName, c })));
  // Plain names (it.each would shorten the long keys), so `-t "<action>"` picks one action's cases.
  for (const { key, actorName, c } of cases)
    it(`${key} as ${actorName}`, async () => {
      if (dirty) db = await freshDemoWorld(); // an allowed case before changed data: start clean
      const actor: Actor | null = actorName === "anoniem" ? null : await actorInFreshSession(db, ACCOUNTS[actorName]);
      await run(key, c, actor, c.expected[actorName], c.input);
    });

  const extra = Object.entries(MATRIX).flatMap(([key, c]) =>
    Object.entries(c.also ?? {}).map(([who, person]) => ({ key, who, c, person })),
  );
  for (const { key, who, c, person } of extra)
    it(`${key} as ${who}`, async () => {
      if (dirty) db = await freshDemoWorld();
      const actor = await actorInFreshSession(db, person.email, await person.workspace?.(db));
      await run(key, c, actor, person.expected, person.input ?? c.input);
    });
});
