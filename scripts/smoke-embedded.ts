// Smoke test of the embedded default (CI runs it after npm test, without DATABASE_URL):
// `npm start` on a fresh PGlite directory (migrate + demo data, as start.ts does), then a
// real sign-in as school@demo.test through next-auth's credentials flow and a signed-in GET /.
// Needs a production build (`npm run build`).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMailCatcher } from "./mail-catcher";
import { randomSecret } from "./support/auth-secret";

const PORT = 3200;
const BASE = `http://127.0.0.1:${PORT}`;
const EMAIL = "school@demo.test";
const PASSWORD = "Samen-naar-school-2026";

const dataDir = mkdtempSync(path.join(tmpdir(), "sns-smoke-"));
const catcher = await startMailCatcher({ smtpPort: 1225, httpPort: 1280 });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(PORT),
  HOST: "127.0.0.1",
  EMBEDDED_DATABASE_DIR: path.join(dataDir, "pglite"),
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: randomSecret(),
  SMTP_URL: "smtp://127.0.0.1:1225",
};
delete env.DATABASE_URL;
// Own process group, so the server and its children can be stopped together.
const server = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], { env, stdio: "inherit", detached: true });
let serverExited = false;
server.on("exit", () => (serverExited = true));

const jar = new Map<string, string>();
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
async function request(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(new URL(url, BASE), {
    ...init,
    redirect: "manual",
    headers: { ...init.headers, cookie: cookieHeader() },
  });
  for (const c of response.headers.getSetCookie()) {
    const pair = c.split(";")[0]!;
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return response;
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error("the server exited before it became healthy");
    const ok = await fetch(`${BASE}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("/api/health did not answer 200 within 180 s");
}

async function signInAndOpenHome(): Promise<void> {
  const csrf = (await (await request("/api/auth/csrf")).json()) as { csrfToken: string };
  const body = new URLSearchParams({
    csrfToken: csrf.csrfToken,
    email: EMAIL,
    password: PASSWORD,
    json: "true",
    callbackUrl: `${BASE}/`,
  });
  const signIn = await request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  const answer = await signIn.text();
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(`sign-in as ${EMAIL} gave no session cookie (HTTP ${signIn.status}: ${answer.slice(0, 300)})`);
  }
  let response = await request("/");
  for (let hops = 0; hops < 5 && response.status >= 300 && response.status < 400; hops++) {
    response = await request(response.headers.get("location")!);
  }
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET / answered ${response.status} (${response.url})`);
  if (html.includes('name="password"')) throw new Error("GET / shows the sign-in form: the session was not accepted");
}

async function stopServer(): Promise<void> {
  if (serverExited || !server.pid) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  process.kill(-server.pid, "SIGTERM");
  const timer = setTimeout(() => !serverExited && process.kill(-server.pid!, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

let exitCode = 0;
try {
  await waitForHealth();
  await signInAndOpenHome();
  console.log("smoke: signed in on the embedded database");
} catch (error) {
  console.error(`smoke: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await stopServer();
  await catcher.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
