import { expect, test, type Page } from "@playwright/test";
import { BREDA } from "./routes/support";
import { expectNoAxeViolations } from "./support/session";

// Decision 0016: every page carries a Content-Security-Policy with a fresh nonce, Next's scripts
// run under it (the page hydrates and client-side behaviour works), nothing violates it, and bad
// requests (foreign origins, malformed URLs, oversize bodies) get a 4xx, never a 500.

function nonceOf(csp: string | undefined): string {
  const match = /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(csp ?? "");
  expect(match, `script-src with a nonce in: ${csp}`).not.toBeNull();
  return match![1]!;
}

/** Records CSP violations the browser reports, from before the first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.exposeFunction("__reportCspViolation", (what: string) => seen.push(what));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (w: string) => void }).__reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return seen;
}

test("pages carry a CSP with a per-request nonce that Next puts on its scripts", async ({ request }) => {
  const first = await request.get("/inloggen");
  const second = await request.get("/inloggen");
  expect(first.status()).toBe(200);
  const csp = first.headers()["content-security-policy"];
  const nonce = nonceOf(csp);
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  // Plain http here: no HSTS (it is set when the public address is https).
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("same-origin");
  expect(first.headers()["permissions-policy"]).toContain("camera=()");

  // Every script in the page carries this response's nonce.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("pages hydrate under the CSP, client behaviour works and nothing is blocked", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const violations = await watchViolations(page);
  // Signing in through the form, then pages with a chart (style attributes) and client forms.
  await page.goto("/inloggen");
  await page.locator("#email").fill("gemeente.lezer@demo.test");
  await page.locator("#password").fill("Samen-naar-school-2026");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expectNoAxeViolations(page);

  await page.goto("/account");
  // Next's runtime ran (it only exists after its scripts executed)...
  await expect
    .poll(() => page.evaluate(() => Boolean((window as { next?: { version?: string } }).next?.version)))
    .toBe(true);
  // ...and a client component reacts: the language switch confirms in the browser and back.
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Taal opslaan" }).click();
  await expect(page.getByText("Your language has been saved.")).toBeVisible();
  await page.getByRole("radio", { name: "Nederlands" }).check();
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByText("De taal is opgeslagen.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Pages with charts and tables sized by style attributes, and the initiative's client tabs.
  for (const path of ["/dashboard", `/initiatieven/${BREDA}`, `/initiatieven/${BREDA}/arrangement`]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
  }
  await expectNoAxeViolations(page);
  expect(violations).toEqual([]);
});

test("a server action from a foreign origin is refused with 403, bad requests with 4xx", async ({
  request,
  baseURL,
}) => {
  // A real action id, from the sign-in form's progressive-enhancement fields.
  const html = await (await request.get("/inloggen")).text();
  const actionId =
    /\$ACTION_ID_([0-9a-f]+)/.exec(html)?.[1] ?? /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(html)?.[1];
  expect(actionId, "an action id in the sign-in page").toBeTruthy();
  const action = { "Next-Action": actionId!, "Content-Type": "text/plain;charset=UTF-8" };

  const foreign = await request.post("/inloggen", {
    headers: { ...action, Origin: "https://evil.example" },
    data: '["$K1"]',
  });
  expect(foreign.status()).toBe(403);
  const foreignForm = await request.post("/inloggen", {
    headers: { Origin: "https://evil.example" },
    multipart: { email: "ouder@demo.test", password: "x" },
  });
  expect(foreignForm.status()).toBe(403);

  const ownOrigin = new URL(baseURL!).origin;
  const malformed = await request.post("/inloggen", { headers: { ...action, Origin: ownOrigin }, data: '["$K1",{' });
  expect(malformed.status()).toBe(400);
  const deep = await request.post("/inloggen", {
    headers: { ...action, Origin: ownOrigin },
    data: "[".repeat(10_000) + "]".repeat(10_000),
  });
  expect(deep.status()).toBe(400);
  const huge = await request.post("/inloggen", {
    headers: { ...action, Origin: ownOrigin },
    data: Buffer.alloc(12 * 1024 * 1024, 0x61),
  });
  expect(huge.status()).toBe(413);

  expect((await request.get("/initiatieven/%E0%A4%A")).status()).toBe(400);
  expect((await request.get("/initiatieven/abc%00def")).status()).toBe(404);
  expect((await request.get("/api/initiatieven/abc%00/bestanden/x")).status()).toBe(404);
});
