// The production build of the app, as it runs in production: `next build` once, then
// `next start` per measurement against the bench database. No mail catcher: nothing measured
// sends mail, and SMTP points at a closed port so a stray send fails instead of leaving.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";

const NEXT_BIN = "node_modules/.bin/next";

export function build(): void {
  // The same steps as `npm run build` (Prisma client first, then next build).
  const result = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

/** One secret per benchmark run: cookies stay valid when the server restarts on the same data. */
export const AUTH_SECRET = randomBytes(32).toString("base64url");

export async function startServer(opts: {
  port: number;
  databaseUrl: string;
  log: (line: string) => void;
}): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${opts.port}`;
  const child: ChildProcess = spawn(NEXT_BIN, ["start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: AUTH_SECRET,
      SMTP_URL: "smtp://127.0.0.1:9",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Keep the server's own output (errors in particular) visible but marked.
  const forward = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .forEach((line) => opts.log(line));
  child.stdout?.on("data", forward);
  child.stderr?.on("data", forward);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode} before it answered`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${origin}/api/health did not answer within 60 s`);
}
