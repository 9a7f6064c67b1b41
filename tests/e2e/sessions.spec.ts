// Server-side sessions as a person sees them (decisions 0017 and 0020): the account page lists
// one's sessions and ends any of them, a signed-out cookie replayed elsewhere is worth nothing,
// and the password confirmation page returns to where one was.
import { expect, test, type Browser } from "@playwright/test";
import { DEMO_PASSWORD, expectNoAxeViolations, signIn } from "./support/session";

const ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

async function signedIn(browser: Browser, email: string, userAgent?: string) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

test("the account page lists both browsers, and ending the other one signs it out there", async ({ browser }) => {
  const email = "gemeente.alkmaar@demo.test";
  const desk = await signedIn(browser, email);
  const phone = await signedIn(browser, email, ANDROID);

  await desk.page.goto("/account");
  const sessions = desk.page.getByRole("list", { name: "Uw actieve sessies" });
  const mine = sessions.getByRole("listitem").filter({ hasText: "Dit apparaat" });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText("wachtwoord");
  const other = sessions.getByRole("listitem").filter({ hasText: "Chrome op Android" });
  await expect(other).toHaveCount(1);
  await expect(other).not.toContainText("Dit apparaat");
  await expectNoAxeViolations(desk.page);

  await other.getByRole("button", { name: "Sessie beëindigen" }).click();
  const dialog = desk.page.getByRole("dialog", { name: "Sessie op Chrome op Android beëindigen?" });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(desk.page);
  await dialog.getByRole("button", { name: "Ja, beëindigen" }).click();
  await expect(sessions.getByRole("listitem").filter({ hasText: "Chrome op Android" })).toHaveCount(0);

  // The phone is signed out at its next request.
  await phone.page.goto("/account");
  await phone.page.waitForURL((url) => url.pathname === "/inloggen");

  // Ending this device's own session signs it out here.
  await mine.getByRole("button", { name: "Hier uitloggen" }).click();
  await desk.page.getByRole("dialog").getByRole("button", { name: "Ja, beëindigen" }).click();
  await desk.page.waitForURL((url) => url.pathname === "/inloggen");
  await expect(desk.page.getByText("U bent uitgelogd.")).toBeVisible();
  await desk.context.close();
  await phone.context.close();
});

test("after signing out, the old cookie replayed in a new browser gets nothing", async ({ browser, baseURL }) => {
  const first = await signedIn(browser, "swv.lezer@demo.test");
  const cookies = await first.context.cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

  // Before signing out, a copy of the cookie works: the test below would pass for the wrong reason otherwise.
  const before = await browser.newContext();
  await before.addCookies(cookies);
  const copy = await before.newPage();
  await copy.goto("/account");
  await expect(copy).toHaveURL(`${baseURL}/account`);
  await before.close();

  await first.page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await first.page.waitForURL((url) => url.pathname === "/inloggen");

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const page = await replay.newPage();
  await page.goto("/account");
  await page.waitForURL((url) => url.pathname === "/inloggen");
  // Route handlers answer a signed-out request as they answer anyone without access: not found.
  expect((await replay.request.get("/api/account/gegevens?format=json", { maxRedirects: 0 })).status()).toBe(404);
  expect(await (await replay.request.get("/api/auth/session")).json()).not.toHaveProperty("uid");
  await replay.close();
  await first.context.close();
});

test("confirming the password returns to the page one came from", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "swv@demo.test");
  await page.goto("/account/bevestigen?terug=%2Faccount%23sessions");
  await expect(page.getByRole("heading", { level: 1, name: "Bevestig dat u het bent" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("niet-het-goede");
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText("Dit wachtwoord klopt niet.").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await page.waitForURL((url) => url.pathname === "/account");
  await context.close();
});
