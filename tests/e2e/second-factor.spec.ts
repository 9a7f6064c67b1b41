// Two-step verification (decision 0018): a member invited with a real (non-demo) address enrols
// an authenticator app at the first sign-in, sees the initiatives only afterwards, signs in again
// with a recovery code, and a beheerder's reset sends them back to enrolment. The e2e server
// runs with the demo relaxation, which covers `.test` addresses only.
import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { extractLink, waitForMail } from "../support/mailbox";
import { expectNoAxeViolations, signIn } from "./support/session";

const PASSWORD = "glijbaan-en-schommel-samen";

async function signInTo(page: Page, email: string, landing: string) {
  await page.goto("/inloggen");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL((url) => url.pathname === landing);
}

test("a new member enrols an authenticator app at the first sign-in, then sees the initiatives", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `mfa.${Date.now()}@vlinderboom.example.nl`;
  const started = new Date();
  await signIn(page, "school@demo.test");
  // The demo account skips the second factor here, and every page says so.
  await expect(page.getByRole("note")).toContainText("Demo: dit demo-account slaat tweestapsverificatie over");
  await page.goto("/organisatie");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel(/^Medewerker/).check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText(`Uitnodiging verstuurd naar ${email}.`)).toBeVisible();
  const link = extractLink((await waitForMail(email, { after: started })).text, "/uitnodiging/");

  const member = await (await browser.newContext()).newPage();
  await member.goto(link);
  await member.getByLabel("Uw naam").fill("Mira Faber");
  await member.getByLabel("Kies een wachtwoord").fill(PASSWORD);
  await member.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  // Accepting signs the newcomer in: straight to enrolment; nothing of the app is reachable before it.
  await member.waitForURL((url) => url.pathname === "/account/tweestapsverificatie/instellen");
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Tweestapsverificatie instellen");
  await expect(member.getByRole("img", { name: "QR-code voor uw authenticator-app" })).toBeVisible();
  await expectNoAxeViolations(member);
  await member.goto("/");
  await member.waitForURL((url) => url.pathname === "/account/tweestapsverificatie/instellen");
  expect((await member.request.get("/api/account/gegevens?format=json")).status()).toBe(404);

  const secret = (await member.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  // A wrong code first: refused, with a message.
  await member.getByRole("textbox", { name: "Code" }).fill(totp.generate({ timestamp: Date.now() - 10 * 60_000 }));
  await member.getByRole("button", { name: "Instellen" }).click();
  await expect(member.getByText("Deze code klopt niet of is al gebruikt.").first()).toBeVisible();
  await member.getByRole("textbox", { name: "Code" }).fill(totp.generate());
  await member.getByRole("button", { name: "Instellen" }).click();
  await expect(member.getByText("Tweestapsverificatie staat aan.")).toBeVisible();
  const codes = await member.getByRole("list", { name: "Uw herstelcodes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  await expectNoAxeViolations(member);
  await member.getByRole("link", { name: "Verder naar het platform" }).click();
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Onze initiatieven");
  await expect(member.getByRole("note")).toHaveCount(0);

  // Next sign-in: the second step; a recovery code works (once).
  await member.context().clearCookies();
  await signInTo(member, email, "/inloggen/tweede-stap");
  await expectNoAxeViolations(member);
  await member.getByRole("textbox", { name: "Code" }).fill(codes[0]!);
  await member.getByRole("button", { name: "Bevestigen" }).click();
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Onze initiatieven");

  // The beheerder resets it (after confirming): the member is signed out and enrols again.
  await page.goto("/organisatie");
  const row = page.getByRole("row", { name: /Mira Faber/ });
  await row.getByRole("button", { name: "Tweestapsverificatie herstellen" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Herstellen" }).click();
  await expect(row.getByText("Hersteld: Mira Faber stelt tweestapsverificatie opnieuw in.")).toBeVisible();
  await member.goto("/");
  await member.waitForURL((url) => url.pathname === "/inloggen");
  await signInTo(member, email, "/account/tweestapsverificatie/instellen");
});
