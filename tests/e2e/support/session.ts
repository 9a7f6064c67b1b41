import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Samen-naar-school-2026";

/** Signs in through the real sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/inloggen");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** A page in a browser context of its own (its own cookies), signed in as this account. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** Signs in over HTTP (next-auth's credentials callback), for tests that only need cookies. */
export async function signInRequest(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as { uid?: string };
  expect(session.uid, `signed in as ${email}`).toBeTruthy();
}

/** WCAG 2.1 A and AA rules: the page must have no violations at all. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation the title arrives with the streamed metadata: wait for it.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}
