import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browsers here: Debian's chromium is used instead.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  throw new Error("Chromium niet gevonden: installeer met `apt-get install -y chromium` of zet CHROMIUM_PATH");
}

// E2E_PORT (default 3100) moves the app; the mail catcher's HTTP port moves with it (see scripts/e2e-server.ts).
const port = Number(process.env.E2E_PORT ?? 3100);
process.env.MAIL_CATCHER_HTTP_PORT ??= String(port - 3100 + 1180);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1, // 2-core machines: the server and the browser need the other core
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // Throwaway database + demo data + mail catcher (HTTP 1180) + `next start` on port 3100 (or E2E_PORT).
    command: "tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the server drop its throwaway database before it goes.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
