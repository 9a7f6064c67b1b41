// npm test — every check CI runs, in order, stopping at the first failure:
// prisma generate, tsc, eslint, prettier --check, unit tests, integration tests, chromium check, next build,
// Playwright. `npm test -- --skip-e2e` stops after the integration tests (local use only).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

type Step = { name: string; command?: string[]; check?: () => string | undefined };

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const skipE2e = process.argv.includes("--skip-e2e");
const bin = (name: string) => path.join("node_modules", ".bin", name);

const steps: Step[] = [
  { name: "prisma generate", command: [process.execPath, "scripts/prisma-generate.mjs"] },
  { name: "tsc --noEmit", command: [bin("tsc"), "--noEmit"] },
  { name: "eslint", command: [bin("eslint"), "--max-warnings=0", "."] },
  { name: "prettier --check", command: [bin("prettier"), "--check", "."] },
  { name: "unit tests", command: [bin("vitest"), "run", "--project", "unit"] },
  { name: "integration tests", command: [bin("vitest"), "run", "--project", "integration"] },
];
if (!skipE2e) {
  steps.push(
    {
      name: "chromium",
      check: () =>
        existsSync(chromium)
          ? undefined
          : `Chromium niet gevonden (${chromium}): installeer met \`apt-get update && apt-get install -y chromium\` of zet CHROMIUM_PATH.\n` +
            `Chromium not found (${chromium}): install it with \`apt-get update && apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    },
    { name: "next build", command: [bin("next"), "build"] },
    { name: "playwright", command: [bin("playwright"), "test"] },
  );
}

// Child tools (and Playwright's webServer command) find tsx, next, ... on the PATH.
const env = {
  NEXT_TELEMETRY_DISABLED: "1",
  ...process.env,
  PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`,
};

function run(command: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env });
    child.on("error", (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const durations: string[] = [];
const started = Date.now();

function summary(): string {
  return `Summary: ${durations.join(" · ")} · total ${seconds(Date.now() - started)}`;
}

for (const [index, step] of steps.entries()) {
  console.log(`\n━━━ [${index + 1}/${steps.length}] ${step.name} ━━━`);
  const t0 = Date.now();
  let failure: string | undefined;
  if (step.check) {
    failure = step.check();
    if (failure) console.error(failure);
    else console.log(`found ${chromium}`);
  } else {
    const code = await run(step.command!);
    if (code !== 0) failure = `exit code ${code}`;
  }
  const took = Date.now() - t0;
  durations.push(`${step.name} ${seconds(took)}${failure ? " ✗" : ""}`);
  if (failure) {
    console.error(`\n✗ ${step.name} failed after ${seconds(took)} (${failure.split("\n")[0]})`);
    console.log(summary());
    process.exit(1);
  }
  console.log(`✓ ${step.name} (${seconds(took)})`);
}

if (skipE2e) console.log("\n--skip-e2e: chromium check, next build and Playwright skipped.");
console.log(`\n${summary()}`);
