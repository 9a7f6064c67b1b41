// A PostgreSQL server of the test's own (initdb + pg_ctl on its own port), so a test can freeze
// it (SIGSTOP on the postmaster and every backend), thaw it and stop it without touching the
// shared server the rest of the suite uses. As root, the server runs as the postgres user.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BIN = process.env.PG_BIN ?? `/usr/lib/postgresql/${process.env.PG_MAJOR ?? "15"}/bin`;

export interface PrivatePostgres {
  url: string;
  freeze(): void;
  thaw(): void;
  destroy(): void;
}

export function startPrivatePostgres(port: number): PrivatePostgres {
  const dir = mkdtempSync(path.join(tmpdir(), "sns-private-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : command, asRoot ? ["-u", "postgres", "--", command, ...args] : args, {
      stdio: "pipe",
    });
  if (asRoot) {
    const pw = execFileSync("id", ["-u", "postgres"]).toString().trim();
    const gid = execFileSync("id", ["-g", "postgres"]).toString().trim();
    chownSync(dir, Number(pw), Number(gid));
    chmodSync(dir, 0o700);
  }
  const data = path.join(dir, "data");
  run(`${BIN}/initdb`, ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  run(`${BIN}/pg_ctl`, [
    "-D",
    data,
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    "-l",
    path.join(dir, "log"),
    "-w",
    "start",
  ]);
  const postmaster = () => Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
  // The postmaster and all its children (one backend per connection, background workers).
  const signalAll = (signal: "STOP" | "CONT") => {
    execFileSync("kill", [`-${signal}`, String(postmaster())]);
    try {
      execFileSync("pkill", [`-${signal}`, "-P", String(postmaster())]);
    } catch {
      /* no children */
    }
  };
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    freeze: () => signalAll("STOP"),
    thaw: () => signalAll("CONT"),
    destroy: () => {
      try {
        signalAll("CONT");
        run(`${BIN}/pg_ctl`, ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
