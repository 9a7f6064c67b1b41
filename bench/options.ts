// Command-line options of `npm run bench -- …`. Defaults fit the 2-core machine: the national
// dataset and ten times it (about 10 minutes, mostly loading 100,000 initiatives), 10
// connections, 10 s per page.
import { parseArgs } from "node:util";

export interface BenchOptions {
  factors: number[];
  duration: number;
  warmup: number;
  connections: number;
  countRequests: number;
  port: number;
  skipBuild: boolean;
  keep: boolean;
  verbose: boolean;
  maxBusy: number;
  waitIdle: number;
  serverUrl: string;
}

export const USAGE = `npm run bench [-- options]
  --factors 1,10      data sizes as factors of the national dataset (1 = 10,000 initiatives);
                      0 = demo data only. Default 1,10 (reported as 1× and 10×);
                      0.1,1 is a quicker check (about 5 minutes)
  --duration 10       seconds of measured load per page
  --warmup 2          seconds of unmeasured load per page before that
  --connections 10    concurrent connections
  --requests 20       sequential requests per page for counting SQL statements
  --port 3300         port for next start
  --skip-build        use the existing .next build
  --keep              keep the bench_* databases afterwards
  --max-busy 25       before each page, wait until the CPUs are at most this % busy …
  --wait-idle 90      … but at most this many seconds (other work on the machine skews results)
  --verbose           print the app's output and each page's SQL statements
PostgreSQL: BENCH_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres
(a superuser connection: the bench creates and drops databases named bench_*).`;

function positive(name: string, value: string | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0))
    throw new Error(`--${name} ${JSON.stringify(value)} is not a valid number`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      factors: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      requests: { type: "string" },
      port: { type: "string" },
      "skip-build": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      "max-busy": { type: "string" },
      "wait-idle": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return "help";
  const factors = (values.factors ?? "1,10").split(",").map((f) => positive("factors", f.trim(), 0, true));
  if (factors.length === 0) throw new Error("--factors needs at least one factor");
  return {
    factors,
    duration: positive("duration", values.duration, 10),
    warmup: positive("warmup", values.warmup, 2, true),
    connections: positive("connections", values.connections, 10),
    countRequests: positive("requests", values.requests, 20),
    port: positive("port", values.port, 3300),
    skipBuild: values["skip-build"],
    keep: values.keep,
    verbose: values.verbose,
    maxBusy: positive("max-busy", values["max-busy"], 25),
    waitIdle: positive("wait-idle", values["wait-idle"], 90, true),
    serverUrl: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  };
}
