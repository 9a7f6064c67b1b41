// npm test — every check CI runs, stopping at the first failed stage:
//   1. prisma generate
//   2. tsc ‖ eslint ‖ prettier --check ‖ unit tests        (static checks side by side)
//   3. integration tests ‖ chromium check + next build      (the build does not need the database)
//   4. Playwright
// Steps in one stage run in parallel (two cores: the database-bound integration tests leave room
// for the build); each step's output is printed whole when it ends, so logs stay readable.
// `npm test -- --skip-e2e` stops after the integration tests (local use only).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

type Step = { name: string; command?: string[]; check?: () => string | undefined; then?: Step };

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const skipE2e = process.argv.includes("--skip-e2e");
const bin = (name: string) => path.join("node_modules", ".bin", name);

const chromiumCheck: Step = {
  name: "chromium",
  check: () =>
    existsSync(chromium)
      ? undefined
      : `Chromium niet gevonden (${chromium}): installeer met \`apt-get update && apt-get install -y chromium\` of zet CHROMIUM_PATH.\n` +
        `Chromium not found (${chromium}): install it with \`apt-get update && apt-get install -y chromium\` or set CHROMIUM_PATH.`,
};

const stages: Step[][] = [
  [{ name: "prisma generate", command: [process.execPath, "scripts/prisma-generate.mjs"] }],
  [
    { name: "tsc --noEmit", command: [bin("tsc"), "--noEmit"] },
    { name: "eslint", command: [bin("eslint"), "--max-warnings=0", "."] },
    { name: "prettier --check", command: [bin("prettier"), "--check", "."] },
    { name: "unit tests", command: [bin("vitest"), "run", "--project", "unit"] },
  ],
  [
    { name: "integration tests", command: [bin("vitest"), "run", "--project", "integration"] },
    ...(skipE2e ? [] : [{ ...chromiumCheck, then: { name: "next build", command: [bin("next"), "build"] } }]),
  ],
  ...(skipE2e ? [] : [[{ name: "playwright", command: [bin("playwright"), "test"] }]]),
];

// Child tools (and Playwright's webServer command) find tsx, next, ... on the PATH.
const env = {
  NEXT_TELEMETRY_DISABLED: "1",
  FORCE_COLOR: process.stdout.isTTY ? "1" : "0",
  ...process.env,
  PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`,
};

/** Runs a command; alone in its stage it prints as it goes, beside others it prints when done. */
function run(command: string[], live: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: live ? "inherit" : "pipe", env });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const durations: string[] = [];
const started = Date.now();

async function runStep(step: Step, live: boolean): Promise<boolean> {
  const t0 = Date.now();
  let failure: string | undefined;
  let output = "";
  if (step.check) {
    failure = step.check();
    output = failure ? `${failure}\n` : `found ${chromium}\n`;
  } else {
    const result = await run(step.command!, live);
    output = result.output;
    if (result.code !== 0) failure = `exit code ${result.code}`;
  }
  const took = Date.now() - t0;
  if (!live) process.stdout.write(`\n━━━ ${step.name} ━━━\n${output}`);
  durations.push(`${step.name} ${seconds(took)}${failure ? " ✗" : ""}`);
  if (failure) {
    console.error(`\n✗ ${step.name} failed after ${seconds(took)} (${failure.split("\n")[0]})`);
    return false;
  }
  console.log(`✓ ${step.name} (${seconds(took)})`);
  return step.then ? runStep(step.then, live) : true;
}

for (const [index, stage] of stages.entries()) {
  const names = stage.flatMap((s) => (s.then ? [s.name, s.then.name] : [s.name]));
  console.log(`\n━━━ [${index + 1}/${stages.length}] ${names.join(" ‖ ")} ━━━`);
  const live = stage.length === 1;
  const results = await Promise.all(stage.map((step) => runStep(step, live)));
  if (results.includes(false)) {
    console.log(`Summary: ${durations.join(" · ")} · total ${seconds(Date.now() - started)}`);
    process.exit(1);
  }
}

if (skipE2e) console.log("\n--skip-e2e: chromium check, next build and Playwright skipped.");
console.log(`\nSummary: ${durations.join(" · ")} · total ${seconds(Date.now() - started)}`);
