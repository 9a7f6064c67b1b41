// npm run bench — production build, national-scale data in PostgreSQL, autocannon against
// three signed-in pages, one static page (the ceiling) and the cheapest server-rendered page
// (the floor), SQL statements per request, at two data sizes.
// A script, not a test: it prints numbers and a verdict; it fails only when it cannot measure.
import { countInitiatives, createBenchDatabase, analyze, migrate, seed, type BenchDatabase } from "./database";
import { measure } from "./load";
import { cpuBusy, describeMachine, waitForQuietCpu } from "./machine";
import { parseOptions, USAGE, type BenchOptions } from "./options";
import { countQueriesPerRequest } from "./queries-per-request";
import { startQueryCounter } from "./query-counter";
import { factorTable, growthTable, verdict, type FactorResult, type PageResult, type PageRole } from "./report";
import { build, startServer, type RunningServer } from "./server";
import { signIn } from "./session";

interface PageSpec {
  key: string;
  label: string;
  path: string;
  /** Demo account to sign in as; the static page is fetched with the SWV cookie. */
  account: "swv" | "gemeente" | "signedOut";
  role: PageRole;
}

const ACCOUNTS = { swv: "swv@demo.test", gemeente: "gemeente@demo.test", signedOut: "a signed-out visitor" } as const;

const DYNAMIC_PAGES: PageSpec[] = [
  { key: "dashboard", label: "SWV dashboard", path: "/dashboard", account: "swv", role: "page" },
  { key: "initiative", label: "initiative overview", path: "/initiatieven/ini_breda", account: "swv", role: "page" },
  { key: "review", label: "gemeente review queue", path: "/beoordelingen", account: "gemeente", role: "page" },
];
/**
 * The floor: the cheapest page the server renders per request — the sign-in form, signed out:
 * no session, no database, a few elements. What any server-rendered page costs at the least,
 * so the measured pages' own cost is the difference (not a target; docs/decisions/0006).
 */
const FLOOR_PAGE: PageSpec = {
  key: "floor",
  label: "sign-in page (floor)",
  path: "/inloggen",
  account: "signedOut",
  role: "floor",
};
/** The framework's ceiling: a statically rendered page of the same app, else the health check. */
const STATIC_CANDIDATES = ["/toegankelijkheid", "/api/health"];

const log = (line = "") => console.log(line);
const cleanups: (() => Promise<void>)[] = [];

function sizeLabel(factor: number, factors: number[]): string {
  const base = factors.find((f) => f > 0);
  if (factor === 0 || base === undefined) return "demo only";
  const rel = factor / base;
  return `${Number.isInteger(rel) ? rel : rel.toFixed(2)}×`;
}

async function status(origin: string, path: string, cookie: string): Promise<number> {
  const response = await fetch(origin + path, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
}

async function pickStaticPage(origin: string, cookie: string): Promise<PageSpec> {
  for (const path of STATIC_CANDIDATES) {
    if ((await status(origin, path, cookie)) === 200) {
      log(
        `Static page: ${path}${path === STATIC_CANDIDATES[0] ? "" : ` (${STATIC_CANDIDATES[0]} did not answer 200)`}`,
      );
      return { key: "static", label: "static page", path, account: "swv", role: "static" };
    }
  }
  throw new Error(`none of ${STATIC_CANDIDATES.join(", ")} answered 200`);
}

async function withServer<T>(
  opts: BenchOptions,
  databaseUrl: string,
  run: (server: RunningServer) => Promise<T>,
): Promise<T> {
  const server = await startServer({
    port: opts.port,
    databaseUrl,
    log: opts.verbose ? (l) => log(`  [app] ${l}`) : () => {},
  });
  const stop = () => server.stop();
  cleanups.push(stop);
  try {
    return await run(server);
  } finally {
    cleanups.splice(cleanups.indexOf(stop), 1);
    await stop();
  }
}

async function benchFactor(opts: BenchOptions, factor: number): Promise<FactorResult> {
  const label = sizeLabel(factor, opts.factors);
  log(`\n=== ${label}: factor ${factor} of the national dataset ===`);

  const db: BenchDatabase = await createBenchDatabase(opts.serverUrl, factor);
  if (!opts.keep) cleanups.push(db.drop);
  try {
    const started = Date.now();
    const applied = await migrate(db.url);
    await seed(db.url, factor, opts.verbose ? (l) => log(`  [seed] ${l}`) : () => {});
    await analyze(db.url);
    const loadSeconds = (Date.now() - started) / 1000;
    const initiatives = await countInitiatives(db.url);
    log(
      `Database ${db.name}: ${applied} migration(s), ${initiatives.toLocaleString("en")} initiatives; loading took ${loadSeconds.toFixed(1)} s`,
    );
    const expected = Math.round(10_000 * factor);
    if (initiatives < expected) {
      throw new Error(
        `expected at least ${expected} initiatives at factor ${factor}, found ${initiatives}: does \`npm run db:seed\` support --scale yet?`,
      );
    }

    // Phase 1: load, with the app talking to PostgreSQL directly (nothing in between).
    const { cookies, pages, loads } = await withServer(opts, db.url, async (server) => {
      const cookies = {
        swv: await signIn(server.origin, ACCOUNTS.swv),
        gemeente: await signIn(server.origin, ACCOUNTS.gemeente),
        signedOut: "",
      };
      const pages = [await pickStaticPage(server.origin, cookies.swv), FLOOR_PAGE, ...DYNAMIC_PAGES];
      for (const page of pages) {
        const code = await status(server.origin, page.path, cookies[page.account]);
        if (code !== 200) throw new Error(`${page.path} answered ${code} for ${ACCOUNTS[page.account]}; expected 200`);
      }
      const loads = [];
      for (const page of pages) {
        const busy = await waitForQuietCpu(opts.maxBusy, opts.waitIdle);
        const load = await measure(server.origin + page.path, cookies[page.account], {
          connections: opts.connections,
          seconds: opts.duration,
          warmupSeconds: opts.warmup,
        });
        load.cpuBusyBefore = busy;
        log(
          `  ${page.label.padEnd(22)} p50 ${load.p50.toFixed(1)} ms  p95 ${load.p95.toFixed(1)} ms  ${load.requestsPerSecond.toFixed(1)} req/s  (${load.requests} requests, ${load.non2xx} non-2xx, ${load.errors} errors; CPUs ${busy?.toFixed(0) ?? "?"}% busy before)`,
        );
        if (load.non2xx + load.errors > 0)
          log(`  WARNING: ${page.path} had failed requests under load; its numbers include them`);
        loads.push(load);
      }
      return { cookies, pages, loads };
    });

    // Phase 2: SQL statements per request, through the counting proxy (a separate server
    // start, so the proxy's own cost never shows in the latencies above).
    const upstream = new URL(db.url);
    const counter = await startQueryCounter({ host: upstream.hostname, port: Number(upstream.port || 5432) });
    const proxied = new URL(db.url);
    proxied.hostname = counter.address.host;
    proxied.port = String(counter.address.port);
    const results: PageResult[] = [];
    try {
      await withServer(opts, proxied.toString(), async (server) => {
        for (const [i, page] of pages.entries()) {
          const queries = await countQueriesPerRequest(
            counter,
            server.origin + page.path,
            cookies[page.account],
            opts.countRequests,
          );
          log(
            `  ${page.label.padEnd(22)} ${queries.min === queries.max ? queries.min : `${queries.min}–${queries.max}`} SQL statement(s) per request (+${queries.transactionControl} BEGIN/COMMIT)`,
          );
          if (opts.verbose) for (const [text, n] of queries.statements) log(`      ${n}× ${text}`);
          results.push({
            key: page.key,
            label: page.label,
            path: page.path,
            role: page.role,
            load: loads[i]!,
            queries,
          });
        }
      });
    } finally {
      await counter.close();
    }
    return { factor, label, initiatives, loadSeconds, pages: results };
  } finally {
    if (!opts.keep) {
      cleanups.splice(cleanups.indexOf(db.drop), 1);
      await db.drop();
    } else {
      log(`Kept database ${db.name} (${db.url})`);
    }
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  if (opts === "help") {
    log(USAGE);
    return;
  }
  log(`Machine: ${describeMachine()}; CPUs ${(await cpuBusy())?.toFixed(0) ?? "?"}% busy now`);
  log(
    `Samen naar School benchmark: factors ${opts.factors.join(", ")} (1 = national dataset, 10,000 initiatives), ` +
      `${opts.connections} connections, ${opts.warmup} s warm-up + ${opts.duration} s per page, port ${opts.port}`,
  );
  if (opts.skipBuild) log("Skipping the build (--skip-build): using the existing .next");
  else build();

  const results: FactorResult[] = [];
  for (const factor of opts.factors) results.push(await benchFactor(opts, factor));

  log("\n## Results\n");
  log(
    `${opts.connections} connections, ${opts.duration} s per page after ${opts.warmup} s warm-up; ${opts.countRequests} sequential requests per page for the query counts.`,
  );
  for (const f of results) log(`\n${factorTable(f)}`);
  if (results.length > 1) log(`\n${growthTable(results)}`);
  const { lines, met } = verdict(results);
  log(`\n### Verdict (targets: p95 ≤ 100 ms, ratio ≥ 0.3, queries/request equal across sizes)\n`);
  for (const line of lines) log(`    ${line}`);
  log(`\n${met ? "All targets met." : "Some targets missed (see FAIL above)."}`);
}

async function cleanup() {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch((e: unknown) => console.error("cleanup:", e));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`\n${signal}: stopping the server and dropping the bench database…`);
    void cleanup().then(() => process.exit(130));
  });
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  await cleanup();
  process.exit(1);
}
