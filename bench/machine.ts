// On a shared 2-core machine another process's build skews every number, so before each
// measurement the bench waits (bounded) for the CPUs to be quiet and reports how busy they
// were. Read from /proc/stat over one second; where that file does not exist, reports nothing.
import { readFileSync } from "node:fs";
import os from "node:os";

function cpuTimes(): { idle: number; total: number } | undefined {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0]!;
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
    return { idle, total: fields.reduce((a, b) => a + b, 0) };
  } catch {
    return undefined;
  }
}

/** Percentage of all CPUs busy over the next `ms` milliseconds, or undefined if unknown. */
export async function cpuBusy(ms = 1_000): Promise<number | undefined> {
  const a = cpuTimes();
  await new Promise((r) => setTimeout(r, ms));
  const b = cpuTimes();
  if (!a || !b || b.total === a.total) return undefined;
  return 100 * (1 - (b.idle - a.idle) / (b.total - a.total));
}

/** Waits until the CPUs are at most `maxBusy`% busy, for at most `timeoutSeconds`; returns the last reading. */
export async function waitForQuietCpu(maxBusy: number, timeoutSeconds: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutSeconds * 1_000;
  for (;;) {
    const busy = await cpuBusy();
    if (busy === undefined || busy <= maxBusy || Date.now() >= deadline) return busy;
  }
}

export function describeMachine(): string {
  return `${os.cpus().length} CPU(s), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}
