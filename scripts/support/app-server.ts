// Runs `next` as a child process (dev.ts, start.ts, e2e-server.ts): forwards SIGINT/SIGTERM,
// runs the caller's cleanup once, and exits with next's exit code.
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { startMailCatcher, type MailCatcher } from "../mail-catcher";

export const NEXT_BIN = "node_modules/.bin/next";

export function runNext(args: string[], env: NodeJS.ProcessEnv, cleanup: () => Promise<void> = async () => {}): void {
  // Telemetry off: the app may run where outbound traffic is closed or not wanted.
  const child = spawn(NEXT_BIN, args, { env: { NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "inherit" });
  let cleaning: Promise<void> | undefined;
  const cleanupOnce = () => (cleaning ??= cleanup().catch((error: unknown) => console.error("Cleanup failed:", error)));

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on("error", (error) => {
    console.error(`Could not start ${NEXT_BIN}: ${error.message}`);
    void cleanupOnce().then(() => process.exit(1));
  });
  child.on("exit", (code, signal) => {
    const exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
    void cleanupOnce().then(() => process.exit(exitCode));
  });
}

/**
 * Starts the local mail catcher on the given ports. When the SMTP port is taken, assumes a
 * catcher from an earlier run already listens there and carries on without one of our own.
 */
export async function startLocalMailCatcher(
  smtpPort: number,
  httpPort: number,
): Promise<{ smtpUrl: string; catcher?: MailCatcher }> {
  const smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
  try {
    const catcher = await startMailCatcher({ smtpPort, httpPort });
    console.log(`Postvak: http://localhost:${httpPort}`);
    return { smtpUrl, catcher };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    console.warn(
      `Port ${smtpPort} or ${httpPort} is already in use; assuming a mail catcher runs there (Postvak: http://localhost:${httpPort}).`,
    );
    return { smtpUrl };
  }
}
