// Bad input never gives a 500 (decision 0016): generated input thrown at every server action (the
// authorization matrix's inputs, corrupted) and every route handler. Refused input must be refused
// as a validation error or a 404/400, never as an unexpected failure, and must change no row.
// 10,000+ cases in all, on one demo database.
import fc from "fast-check";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { runAsActor } from "../../lib/auth/actor-override";
import type { Db } from "../../lib/db/client";
import type { Actor } from "../../lib/policy/actor";
import type { ActorName, Case } from "./matrix/support";
import { ACCOUNTS, ACTOR_NAMES } from "./matrix/support";
import { actorFor, freshDemoWorld } from "./support/world";
import { isSafeText } from "../../lib/validation/safe-text";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const ACTION_RUNS = 150; // × 54 actions
const ROUTE_RUNS = 250; // × 9 route handlers

async function loadMatrix(): Promise<Record<string, Case>> {
  const dir = path.resolve("tests/integration/matrix");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && f !== "support.ts");
  const parts = await Promise.all(
    files.map(async (f) => ((await import(path.join(dir, f))) as { entries: Record<string, Case> }).entries),
  );
  return Object.assign({}, ...parts);
}
const MATRIX = await loadMatrix();

type Result = { ok: boolean; code?: string };
type ServerAction = (prev: unknown, input: unknown) => Promise<Result>;

// --- generated input -------------------------------------------------------------------------

const UNSAFE_CHARS = ["\u0000", "\u0001", "\u0008", "\u000b", "\u001b", "\u007f", "\uD800", "\uDFFF", "\uDBFF"];
const CONTROL_CHARS = UNSAFE_CHARS.filter((c) => c.charCodeAt(0) < 0xd800);
/** Any text with at least one character the database must never see. */
const unsafeText = (chars = UNSAFE_CHARS) =>
  fc
    .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...chars), fc.string({ maxLength: 20 }))
    .map(([a, b, c]) => a + b + c);
/** Ids that exist nowhere: random text of every kind, cuid-like strings, very long ones. */
const strayId = fc.oneof(
  unsafeText(),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.stringMatching(/^c[a-z0-9]{24}$/),
  fc.constant("x".repeat(5000)),
  fc.constant("%00"),
  fc.constant("' OR 1=1 --"),
);
/** Values no form sends: deep nesting, arrays, objects, nulls. */
const oddShape = fc.oneof(
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.integer({ min: 2, max: 3000 }).map((depth) => {
    let v: unknown = "x";
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  }),
  fc.integer({ min: 2, max: 3000 }).map((depth) => {
    let v: unknown = { a: "x\u0000" };
    for (let i = 0; i < depth; i++) v = { a: v };
    return v;
  }),
);

type Entries = [string, unknown][];
const entriesOf = (input: unknown): Entries =>
  input instanceof FormData ? [...input.entries()] : Object.entries(input as Record<string, unknown>);

function rebuild(entries: Entries, asForm: boolean): unknown {
  if (!asForm || entries.some(([, v]) => typeof v !== "string" && !(v instanceof File)))
    return Object.fromEntries(entries);
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v as string | File);
  return form;
}

/**
 * Corruptions of a valid input. "text": unsafe characters in fields, file names or extra keys,
 * which must be refused (VALIDATION). "probe": a stray id or an odd but shallow value, which must
 * not fail unexpectedly but may be accepted (some ids are not authoritative, some fields coerce).
 * Form data carries only control characters: FormData and File names turn lone surrogates into
 * U+FFFD themselves, as a multipart body over HTTP does.
 */
function corrupted(valid: Entries) {
  const textKeys = valid.filter(([, v]) => typeof v === "string" || v instanceof File).map(([k]) => k);
  const idKeys = valid.filter(([k, v]) => typeof v === "string" && /id$/i.test(k) && v !== "").map(([k]) => k);
  const keys = valid.map(([k]) => k);
  const text =
    textKeys.length === 0
      ? null
      : fc
          .boolean()
          .chain((asForm) =>
            fc.record({
              asForm: fc.constant(asForm),
              fields: fc.subarray(textKeys, { minLength: 1 }),
              bad: fc.array(unsafeText(asForm ? CONTROL_CHARS : UNSAFE_CHARS), {
                minLength: textKeys.length,
                maxLength: textKeys.length,
              }),
            }),
          )
          .map(({ fields, bad, asForm }) => ({
            kind: "text" as const,
            input: rebuild(
              valid.map(([k, v], i) => {
                if (!fields.includes(k)) return [k, v];
                const b = bad[i % bad.length]!;
                if (v instanceof File)
                  return [k, new File([v], `${b.replace(/[\uD800-\uDFFF]/g, "\u0000")}.pdf`, { type: v.type })];
                return [k, b];
              }),
              asForm,
            ),
          }));
  const id =
    idKeys.length === 0
      ? null
      : fc
          .record({ field: fc.constantFrom(...idKeys), value: strayId, asForm: fc.boolean() })
          .map(({ field, value, asForm }) => ({
            kind: isSafeText(value) ? ("probe" as const) : ("text" as const),
            input: rebuild(
              valid.map(([k, v]) => [k, k === field ? value : v]),
              asForm && isSafeText(value),
            ),
          }));
  const shape =
    keys.length === 0
      ? null
      : fc.record({ field: fc.constantFrom(...keys), value: oddShape }).map(({ field, value }) => ({
          kind: "probe" as const,
          input: Object.fromEntries(valid.map(([k, v]) => [k, k === field ? value : v])),
        }));
  const stray = fc
    .dictionary(unsafeText(), fc.oneof(unsafeText(), oddShape), { minKeys: 1, maxKeys: 3 })
    .map((extra) => ({ kind: "text" as const, input: { ...Object.fromEntries(valid), ...extra } }));
  return fc.oneof(...[text, id, shape, stray].filter((a) => a !== null));
}

// --- the database must not change -------------------------------------------------------------

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  const sql = tables
    .map((t) => `SELECT '${t.tablename}' AS t, count(*)::int AS n FROM "${t.tablename}"`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; n: number }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

// --- the runs ---------------------------------------------------------------------------------

let db: Db;
const actors = new Map<string, Actor | null>();
async function actorNamed(name: ActorName): Promise<Actor | null> {
  if (!actors.has(name)) actors.set(name, name === "anoniem" ? null : await actorFor(db, ACCOUNTS[name]));
  return actors.get(name)!;
}
let cases = 0;

beforeAll(async () => {
  db = await freshDemoWorld();
});

describe("server actions refuse generated bad input without failing", () => {
  for (const [key, c] of Object.entries(MATRIX))
    it(key, async () => {
      // The actor the matrix lets through, so the refusal is the input's doing, not the policy's.
      const actorName = ACTOR_NAMES.find((a) => c.expected[a] === "ok") ?? "ouder";
      const actor = await actorNamed(actorName);
      const [file, name] = key.split("#") as [string, string];
      const action = ((await import(path.resolve(file))) as Record<string, ServerAction>)[name]!;
      const valid = entriesOf(await c.input(db));
      // Refused input changes nothing. Text cases are checked in bulk against the baseline; each
      // probe checks the baseline before it and, when accepted, starts a new one.
      let baseline = await rowCounts(db);
      await fc.assert(
        fc.asyncProperty(corrupted(valid), async ({ kind, input }) => {
          cases++;
          if (kind === "probe") expect(await rowCounts(db)).toEqual(baseline);
          const result = await runAsActor(actor, () => action(null, input));
          expect(result.code, `${kind} input failed unexpectedly`).not.toBe("ERROR");
          if (kind === "text") {
            expect(result.ok, "unsafe text accepted").toBe(false);
            if (actor) expect(result.code).toBe("VALIDATION");
          } else if (result.ok) baseline = await rowCounts(db);
        }),
        { numRuns: ACTION_RUNS },
      );
      expect(await rowCounts(db)).toEqual(baseline);
    });
});

async function routeHandlers(): Promise<{ file: string; params: string[] }[]> {
  const out: { file: string; params: string[] }[] = [];
  for (const entry of await readdir("app/api", { withFileTypes: true, recursive: true })) {
    if (entry.name !== "route.ts") continue;
    const file = path.join(entry.parentPath, entry.name);
    // next-auth's handler needs Next's request context; health reads no input.
    if (file.includes("[...nextauth]") || file.includes("health")) continue;
    out.push({ file, params: [...file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!) });
  }
  return out;
}

describe("route handlers answer generated bad input with 4xx", async () => {
  const handlers = await routeHandlers();
  it("finds the route handlers", () => expect(handlers.length).toBeGreaterThanOrEqual(9));

  for (const { file, params } of handlers)
    it(file, async () => {
      const { GET } = (await import(path.resolve(file))) as {
        GET: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
      };
      const actor = await actorNamed("ouder");
      const before = await rowCounts(db);
      // Params are stray ids; without params a query value carries control characters.
      const paramValues = fc.tuple(...params.map(() => strayId));
      const query = fc.dictionary(
        fc.constantFrom("format", "q", "status", "regio", "van", "tot", "page"),
        params.length ? fc.oneof(fc.string({ maxLength: 10 }), unsafeText(CONTROL_CHARS)) : unsafeText(CONTROL_CHARS),
        { minKeys: params.length ? 0 : 1, maxKeys: 3 },
      );
      await fc.assert(
        fc.asyncProperty(paramValues, query, async (values, q) => {
          cases++;
          const url = `http://localhost/${file}?${new URLSearchParams(q).toString()}`;
          const ctx = { params: Promise.resolve(Object.fromEntries(params.map((p, i) => [p, values[i]!]))) };
          const response = await runAsActor(actor, () => GET(new Request(url), ctx));
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: ROUTE_RUNS },
      );
      expect(await rowCounts(db)).toEqual(before);
    });

  it("ran at least 10,000 cases in all", () => expect(cases).toBeGreaterThanOrEqual(10_000));
});
