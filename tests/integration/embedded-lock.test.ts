// The embedded database is one process's at a time: a second opener is refused with a message
// naming the holder, a launcher hands its lock to the server it starts, and a holder killed
// with SIGKILL in the middle of writing leaves a folder that opens with every acknowledged row.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedDatabase } from "../../lib/db/adapter";
import {
  acquireEmbeddedLock,
  EmbeddedDatabaseInUse,
  LOCK_TOKEN_ENV,
  releaseEmbeddedLock,
} from "../../lib/db/embedded-lock";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "sns-embedded-lock-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function writer(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  // node itself (not the tsx wrapper), so the pid is the writer's and SIGKILL reaches it.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/integration/support/embedded-writer.ts", dir, ...args],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines: string[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, lines, exited };
}

async function until(check: () => boolean, what: string, child: ChildProcess, ms = 120_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (child.exitCode !== null) throw new Error(`writer exited before ${what}`);
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("one process per embedded database folder", () => {
  it("refuses a second opener, then keeps every acknowledged write across a SIGKILL", async () => {
    const dir = path.join(work, "killed");
    const w = writer(dir, ["--write"]);
    const acks = () => w.lines.filter((l) => l.startsWith("ack ")).length;
    await until(() => acks() >= 150, "150 acknowledged rows", w.child);

    // While it writes, this process (a second server, an operator command) is refused.
    const refused = await embeddedDatabase(dir).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EmbeddedDatabaseInUse);
    expect((refused as Error).message).toContain(`pid ${w.child.pid}`);
    expect((refused as Error).message).toContain("in gebruik");

    w.child.kill("SIGKILL");
    await w.exited;
    const lastAck = Math.max(...w.lines.filter((l) => l.startsWith("ack ")).map((l) => Number(l.slice(4))));

    // The holder is gone: its lock is stale, and the folder opens with every acknowledged row.
    const db = await embeddedDatabase(dir);
    try {
      const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM acked WHERE n <= $1", [lastAck]);
      expect(rows[0]!.n).toBe(lastAck);
    } finally {
      await db.close();
      releaseEmbeddedLock(dir);
    }
  }, 240_000);

  it("a launcher's lock passes to the server it starts, and to nobody else", async () => {
    const dir = path.join(work, "launcher");
    const token = acquireEmbeddedLock(dir);
    try {
      const stranger = writer(dir);
      expect(await stranger.exited).toBe(3);
      expect(stranger.lines.join("\n")).toContain(`pid ${process.pid}`);

      const server = writer(dir, [], { [LOCK_TOKEN_ENV]: token });
      expect(await server.exited).toBe(0);
      expect(server.lines).toContain("ready");
    } finally {
      releaseEmbeddedLock(dir);
    }
    // Released: anyone may open it now.
    const next = writer(dir);
    expect(await next.exited).toBe(0);
  }, 240_000);
});
