import { expect, test } from "@playwright/test";
import { extractLink, waitForMail } from "../support/mailbox";
import { expectNoAxeViolations, signIn } from "./support/session";

test("a beheerder invites a colleague, who creates an account from the e-mail and signs in", async ({
  page,
  browser,
}) => {
  const email = `ib.${Date.now()}@vlinderboom.test`;
  const started = new Date();
  await signIn(page, "school@demo.test");
  await page.getByRole("link", { name: "Organisatie" }).click();
  await expectNoAxeViolations(page);

  // Bad input first: a clear message on the field, nothing sent.
  await page.getByLabel("E-mailadres").fill("leerkracht@demo.test");
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  // On the field (the error summary repeats it as a link to the field).
  await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription(
    "Deze persoon is al lid van uw organisatie.",
  );
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel(/^Lezer/).check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText(`Uitnodiging verstuurd naar ${email}.`)).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Openstaande uitnodigingen" })
      .or(page.locator("section", { hasText: "Openstaande uitnodigingen" }))
      .first(),
  ).toContainText(email);

  const mail = await waitForMail(email, { after: started });
  expect(mail.subject).toContain("Basisschool De Vlinderboom");
  const link = extractLink(mail.text, "/uitnodiging/");

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByText("U bent uitgenodigd voor Basisschool De Vlinderboom als lezer.")).toBeVisible();
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("Uw naam").fill("Iris de Boer");
  await invitee.getByLabel("Kies een wachtwoord").fill("wachtwoord123");
  await invitee.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(invitee.getByLabel("Kies een wachtwoord")).toHaveAccessibleDescription(/makkelijk te raden/);
  await invitee.getByLabel("Kies een wachtwoord").fill("klimrek-op-het-schoolplein");
  await invitee.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  // Accepting signs the person in: the link proved their mailbox.
  await expect(invitee.getByText("Gelukt! U bent nu lid.")).toBeVisible();
  await expect(invitee.getByRole("banner")).toContainText("Basisschool De Vlinderboom");
  await invitee.goto("/organisatie");
  await expect(invitee.getByText("Alleen beheerders kunnen leden en uitnodigingen beheren.")).toBeVisible();
});

test("signing in with a link from the e-mail", async ({ page }) => {
  const started = new Date();
  await page.goto("/inloggen");
  await page.locator("#link-email").fill("gemeente@demo.test");
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await waitForMail("gemeente@demo.test", { after: started });
  await page.goto(extractLink(mail.text, "/api/auth/callback/email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatieven in onze gemeente");

  // The link works once.
  await page.context().clearCookies();
  await page.goto(extractLink(mail.text, "/api/auth/callback/email"));
  await expect(page.getByText("Deze inloglink is verlopen of al gebruikt.")).toBeVisible();
});

test("an unknown address gets the same answer and no e-mail", async ({ page }) => {
  const started = new Date();
  await page.goto("/inloggen");
  await page.locator("#link-email").fill("onbekend@demo.test");
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
  await expect(waitForMail("onbekend@demo.test", { after: started, timeoutMs: 2_000 })).rejects.toThrow();
});

test("signing out everywhere ends the session in another browser at its next request", async ({ browser }) => {
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signIn(laptop, "zorg@demo.test");
  await signIn(phone, "zorg@demo.test");

  await laptop.getByRole("link", { name: "Mijn account" }).click();
  await laptop.getByRole("button", { name: "Overal uitloggen" }).click();
  const dialog = laptop.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(laptop);
  await dialog.getByRole("button", { name: "Overal uitloggen" }).click();
  await laptop.waitForURL(/\/inloggen/);
  await expect(laptop.getByText("U bent uitgelogd.")).toBeVisible();

  await phone.reload();
  await expect(phone).toHaveURL(/\/inloggen/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("asking for a sign-in link and signing in with it", async ({ page }) => {
    // A malformed address: the page comes back with the message on the field and the input kept.
    await page.goto("/inloggen");
    await page.locator("#link-email").fill("swv-zonder-apenstaart");
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(page.locator("#link-email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#link-email")).toHaveValue("swv-zonder-apenstaart");
    await expect(page.locator("#email")).not.toHaveAttribute("aria-invalid", "true");

    const started = new Date();
    await page.locator("#link-email").fill("swv@demo.test");
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(page.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen\/link-verstuurd$/);

    const mail = await waitForMail("swv@demo.test", { after: started });
    await page.goto(extractLink(mail.text, "/api/auth/callback/email"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatieven in onze regio");
  });
});
