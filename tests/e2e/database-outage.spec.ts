// A frozen database (SIGSTOP on a PostgreSQL server of this test's own) must not hang the app:
// health and pages answer 503 with Retry-After within seconds, a save says "not saved" and
// keeps what the person typed, and after SIGCONT the app recovers without a restart.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ID } from "../support/demo";
import { signIn } from "./support/session";
import { startPrivatePostgres, type PrivatePostgres } from "./support/private-postgres";

// Its own app server beside the suite's (E2E_PORT + 50; mail catcher ports move with it).
const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const PG_PORT = APP_PORT + 52_000;
const BASE = `http://127.0.0.1:${APP_PORT}`;

let pg: PrivatePostgres;
let server: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  pg = startPrivatePostgres(PG_PORT);
  const log = openSync(path.join(tmpdir(), `sns-outage-server-${APP_PORT}.log`), "w");
  server = spawn("node_modules/.bin/tsx", ["scripts/e2e-server.ts"], {
    env: { ...process.env, DATABASE_URL: pg.url, E2E_PORT: String(APP_PORT) },
    stdio: ["ignore", log, log],
    detached: true,
  });
  await expect
    .poll(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status, {
      timeout: 200_000,
      intervals: [1000],
    })
    .toBe(200);
});

test.afterAll(async () => {
  pg?.thaw();
  if (server?.pid) {
    process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  pg?.destroy();
});

test("a frozen database: 503s within seconds, a save keeps the typed text, recovery after SIGCONT", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: BASE });
  const page = await context.newPage();
  await signIn(page, "ouder@demo.test");
  await page.goto(`/initiatieven/${ID.breda}`);
  const step = await page.locator('a[href*="/stappen/"]').first().getAttribute("href");
  await page.goto(step!);
  const body = page.getByLabel("Uw opmerking");
  await expect(body).toBeVisible();

  pg.freeze();
  // Health answers within 2 s whatever the database does; pages follow within seconds.
  const health = await context.request.get("/api/health", { timeout: 5_000 });
  expect(health.status()).toBe(503);
  expect(health.headers()["retry-after"]).toBe("30");
  await expect
    .poll(async () => (await context.request.get(`/initiatieven/${ID.breda}`, { timeout: 5_000 })).status(), {
      timeout: 5_000,
    })
    .toBe(503);
  const unavailable = await context.request.get(`/initiatieven/${ID.breda}`, { timeout: 5_000 });
  expect(unavailable.headers()["retry-after"]).toBe("30");
  const html = await unavailable.text();
  expect(html).toContain("even niet bereikbaar");
  expect(html).toContain("niet opgeslagen");
  expect(html).not.toMatch(/127\.0\.0\.1|ECONN|prisma/i);

  const typed = "Graag in januari een overleg met de IB'er over de planning.";
  await body.fill(typed);
  await page.getByRole("button", { name: "Opmerking plaatsen" }).click();
  await expect(page.getByText(/Niet opgeslagen: het platform kan de database even niet bereiken/)).toBeVisible();
  await expect(body).toHaveValue(typed);

  pg.thaw();
  await expect
    .poll(async () => (await context.request.get("/api/health", { timeout: 5_000 })).status(), { timeout: 15_000 })
    .toBe(200);
  await page.getByRole("button", { name: "Opmerking plaatsen" }).click();
  await expect(page.getByText("Uw opmerking is geplaatst.")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(page.getByText(typed)).toHaveCount(1);
  await context.close();
});
