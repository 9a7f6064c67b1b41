// `npm run db:seed -- --scale <factor>`: a national-size, invented dataset on top of the demo
// data, for dashboards and benchmarks. Deterministic for a given factor and day; written in
// one transaction, so an interrupted run leaves nothing behind and a second run (generated
// organisations present) changes nothing.
import type { Db } from "../../db/create-client";
import { hashPassword } from "../../auth/password";
import { CURRENT_TEMPLATE_VERSION, ensureTemplates, templateVersion } from "../../stappenplan/templates";
import { DEMO_PASSWORD, GEMEENTEN, OVERIGE_ORGANISATIES, SWVS } from "../demo-data";
import { seedDemo } from "../seed-demo";
import { InitiativeGenerator } from "./initiatives";
import { emptyBatch, flushBatch, insertRows, TABLE_ORDER, type Table } from "./insert";
import { buildLandscape, GENERATED_ID_PREFIX } from "./organisations";
import { registerDemoMembers, staffSize, userRows, UserPool } from "./people";
import { formatCount, Progress, type ProgressOptions } from "./progress";
import { Random } from "./random";
import { countsFor, type Counts } from "./scale";

export const NATIONAL_SEED = 20_260_101;
/** Initiatives generated and written per round: bounds memory at any factor. */
const INITIATIVES_PER_ROUND = 500;

export interface SeedNationalOptions extends Partial<ProgressOptions> {
  factor: number;
  /** The reference "today" (default: now); dates are spread over the three years before it. */
  now?: Date;
  seed?: number;
}

export type NationalRowCounts = Record<Table, number>;

export interface SeedNationalResult {
  created: boolean;
  demoCreated: boolean;
  /** What the factor asked for. */
  planned: Counts;
  /** Rows written per table (all zero when nothing was created). */
  rows: NationalRowCounts;
  seconds: number;
}

export async function generatedDataPresent(db: Db): Promise<number> {
  return db.organisation.count({ where: { id: { startsWith: GENERATED_ID_PREFIX } } });
}

export async function seedNational(db: Db, options: SeedNationalOptions): Promise<SeedNationalResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const progress = new Progress({ log, live: options.live });
  const planned = countsFor(options.factor);
  const rows = Object.fromEntries(TABLE_ORDER.map((t) => [t, 0])) as NationalRowCounts;
  const started = performance.now();

  const present = await generatedDataPresent(db);
  if (present > 0) {
    log(
      `Generated data is already present (${formatCount(present)} organisations with ids starting "${GENERATED_ID_PREFIX}"); nothing changed.`,
    );
    log("To generate again, start from an empty database (or one with only the demo data).");
    return { created: false, demoCreated: false, planned, rows, seconds: 0 };
  }

  log(
    `Generating a national dataset at factor ${options.factor}: ${formatCount(planned.swvs)} SWVs, ${formatCount(planned.gemeenten)} gemeenten, ` +
      `${formatCount(planned.schoolbesturen)} schoolbesturen, ${formatCount(planned.schools)} schools, ${formatCount(planned.zorgaanbieders)} zorgaanbieders, ` +
      `${formatCount(planned.zorgkantoren)} zorgkantoren, ${formatCount(planned.users)} users, ${formatCount(planned.initiatives)} initiatives (on top of the demo data).`,
  );
  const demo = await seedDemo(db);
  await ensureTemplates(db);
  progress.line(demo.created ? "  demo data loaded" : "  demo data already present");

  const seed = options.seed ?? NATIONAL_SEED;
  const day = new Date(options.now ?? new Date());
  // Whole days, so two runs on the same day give the same data.
  const now = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12);
  const longAgo = new Date(now - 3 * 365 * 86_400_000 - 30 * 86_400_000);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // Organisations and who works there.
  const land = buildLandscape(Random.derive(seed, "landscape"), planned, longAgo);
  const pool = new UserPool(planned.users);
  registerDemoMembers(pool);
  const staffRng = Random.derive(seed, "staff");
  const memberships = land.organisations.flatMap((o) =>
    pool.staff(staffRng, o.id!, staffSize(staffRng, o.kind as Parameters<typeof staffSize>[1]), longAgo),
  );
  // Demo gemeenten and zorg organisations without demo members get one, so someone can approve for them.
  for (const o of [
    ...GEMEENTEN,
    ...SWVS,
    ...OVERIGE_ORGANISATIES.filter((x) => x.kind === "ZORGAANBIEDER" || x.kind === "ZORGKANTOOR"),
  ]) {
    if (!pool.actorFor(o.id)) memberships.push(...pool.staff(staffRng, o.id, staffRng.int(1, 2), longAgo));
  }
  const template = templateVersion(CURRENT_TEMPLATE_VERSION);

  await db.$transaction(
    async (tx) => {
      await insertRows(tx, "organisation", land.organisations);
      await insertRows(tx, "swvGemeente", land.swvGemeenten);
      rows.organisation = land.organisations.length;
      rows.swvGemeente = land.swvGemeenten.length;
      progress.line(
        `  organisations: ${formatCount(rows.organisation)} (${formatCount(rows.swvGemeente)} SWV–gemeente links)`,
      );

      for (const chunk of userRows(pool, passwordHash, longAgo, Random.derive(seed, "users"), 5_000)) {
        await insertRows(tx, "user", chunk);
        rows.user += chunk.length;
        progress.tick("users", rows.user, planned.users);
      }
      await insertRows(tx, "membership", memberships);
      rows.membership = memberships.length;
      progress.line(`  users: ${formatCount(rows.user)}, memberships: ${formatCount(rows.membership)}`);

      const generator = new InitiativeGenerator(Random.derive(seed, "initiatives"), land, pool, template, now);
      const batch = emptyBatch();
      for (let k = 0; k < planned.initiatives;) {
        const end = Math.min(planned.initiatives, k + INITIATIVES_PER_ROUND);
        for (; k < end; k++) generator.generate(k, batch);
        await flushBatch(tx, batch, rows);
        progress.tick(
          "initiatives",
          k,
          planned.initiatives,
          `· ${formatCount(rows.initiativeStep)} steps · ${formatCount(rows.arrangementLine)} arrangement lines`,
        );
      }
      progress.line(
        `  initiatives: ${formatCount(rows.initiative)} with ${formatCount(rows.initiativeStep)} steps, ${formatCount(rows.initiativeParticipant)} participants, ` +
          `${formatCount(rows.arrangement)} arrangements (${formatCount(rows.arrangementVersion)} versions, ${formatCount(rows.arrangementLine)} lines, ${formatCount(rows.arrangementApproval)} approvals)`,
      );

      await tx.auditEvent.create({
        data: {
          action: "seed.national",
          entityType: "Seed",
          entityId: "national",
          summary: { factor: options.factor, seed, rows },
        },
      });
    },
    { timeout: 6 * 60 * 60_000, maxWait: 30_000 },
  );
  const seconds = (performance.now() - started) / 1000;
  log(`Done in ${seconds.toFixed(1)}s.`);
  return { created: true, demoCreated: demo.created, planned, rows, seconds };
}
