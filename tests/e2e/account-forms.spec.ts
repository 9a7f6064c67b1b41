// The account, organisation, invitation and dashboard forms on the form kit: one message per field
// with the input kept, a confirmation dialog that behaves for the keyboard, and the same journeys
// with JavaScript disabled (plain posts and GET forms). Each test invites addresses of its own.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { extractLink, waitForMail } from "../support/mailbox";
import { expectNoAxeViolations, signIn } from "./support/session";

const unique = () => `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
const INVALID_EMAIL = "Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.";

/** The beheerder of De Vlinderboom sends an invitation as Lezer; returns the link from the e-mail. */
async function invite(page: Page, email: string): Promise<string> {
  const started = new Date();
  await page.goto("/organisatie");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel(/^Lezer/).check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText(`Uitnodiging verstuurd naar ${email}.`)).toBeVisible();
  const mail = await waitForMail(email, { after: started });
  return extractLink(mail.text, "/uitnodiging/");
}

async function pageWithoutScripts(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: false })).newPage();
}

test("an invalid address gets one message on the field and is kept; fixed, the invitation goes out and can be revoked", async ({
  page,
  browser,
}) => {
  await signIn(page, "school@demo.test");
  await page.goto("/organisatie");
  await expectNoAxeViolations(page);

  const email = `lid.${unique()}@vlinderboom.test`;
  const field = page.getByLabel("E-mailadres");
  await field.fill(`lid.${unique()}-at-vlinderboom`);
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  // The field's own message, once (no browser bubble beside it), and the summary takes focus.
  await expect(field).toHaveAccessibleDescription(INVALID_EMAIL);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#invite-email-error")).toHaveCount(1);
  await expect(page.locator("form").filter({ has: field })).toHaveAttribute("novalidate", "");
  await expect(page.getByRole("alert").filter({ hasText: "niet goed ingevuld" })).toBeFocused();
  await expect(field).toHaveValue(/-at-vlinderboom$/);
  await expectNoAxeViolations(page);

  // The summary's link leads to the field; fixed, the invitation is sent and the form is empty again.
  await page.getByRole("link", { name: `E-mailadres: ${INVALID_EMAIL}` }).click();
  await expect(field).toBeFocused();
  const started = new Date();
  await field.fill(email);
  await page.getByLabel(/^Lezer/).check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText(`Uitnodiging verstuurd naar ${email}.`)).toBeVisible();
  await expect(field).toHaveValue("");
  await expect(field).not.toHaveAttribute("aria-invalid");
  const mail = await waitForMail(email, { after: started });
  const link = extractLink(mail.text, "/uitnodiging/");

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("button", { name: "Uitnodiging accepteren" })).toBeVisible();
  await expectNoAxeViolations(invitee);

  // Revoking answers in the list, and the link no longer works.
  const pending = page.getByRole("region", { name: "Openstaande uitnodigingen" });
  await page.getByRole("button", { name: `Uitnodiging voor ${email} intrekken` }).click();
  await expect(page.getByText("De uitnodiging is ingetrokken.")).toBeVisible();
  await expect(pending).not.toContainText(email);
  await expectNoAxeViolations(page);
  await invitee.goto(link);
  await expect(invitee.getByText("Deze uitnodiging is niet (meer) geldig")).toBeVisible();
});

test("removing a member asks first: Escape keeps them and returns focus, confirming removes them", async ({
  page,
  browser,
}) => {
  await signIn(page, "school@demo.test");
  const email = `weg.${unique()}@vlinderboom.test`;
  const link = await invite(page, email);
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await invitee.getByLabel("Uw naam").fill("Wim Wegwezen");
  await invitee.getByLabel("Kies een wachtwoord").fill("schommel-bij-de-zandbak");
  await invitee.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(invitee.getByText("Gelukt! U bent nu lid.")).toBeVisible();

  await page.goto("/organisatie");
  const row = page.getByRole("row").filter({ hasText: email });
  const trigger = row.getByRole("button", { name: "Verwijderen" });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Wim Wegwezen verwijderen?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Annuleren" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(row).toBeVisible();

  await trigger.click();
  await dialog.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
});

test("switching the language keeps the choice and says so", async ({ page }) => {
  await signIn(page, "school@demo.test");
  const email = `taal.${unique()}@vlinderboom.test`;
  const link = await invite(page, email);
  const own = await (await page.context().browser()!.newContext()).newPage();
  await own.goto(link);
  await own.getByLabel("Uw naam").fill("Tessa Taal");
  await own.getByLabel("Kies een wachtwoord").fill("glijbaan-en-wipwap-samen");
  await own.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(own.getByText("Gelukt! U bent nu lid.")).toBeVisible();

  await own.goto("/account");
  await expectNoAxeViolations(own);
  await own.getByRole("radio", { name: "English" }).check();
  await own.getByRole("button", { name: "Taal opslaan" }).click();
  await expect(own.getByText("Your language has been saved.")).toBeVisible();
  await expect(own.locator("html")).toHaveAttribute("lang", "en");
  await expect(own.getByRole("radio", { name: "English" })).toBeChecked();
  await expectNoAxeViolations(own);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an invitation is sent, accepted with the password kept out of every answer, and the person signs in", async ({
    page,
    browser,
  }) => {
    await signIn(page, "school@demo.test");
    const email = `zonder.${unique()}@vlinderboom.test`;

    // A refused address comes back on the re-rendered page, kept, with its message on the field.
    await page.goto("/organisatie");
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription(INVALID_EMAIL);
    await expect(page.getByLabel("E-mailadres")).toHaveValue("geen-adres");
    const link = await invite(page, email);

    const invitee = await pageWithoutScripts(browser);
    await invitee.goto(link);
    await invitee.getByLabel("Uw naam").fill("Zeger Zonderscript");
    await invitee.getByLabel("Kies een wachtwoord").fill("wachtwoord123");
    await invitee.getByRole("button", { name: "Uitnodiging accepteren" }).click();
    const password = invitee.getByLabel("Kies een wachtwoord");
    await expect(password).toHaveAccessibleDescription(/makkelijk te raden/);
    // The name is kept; the password is never sent back, nor put in the address.
    await expect(invitee.getByLabel("Uw naam")).toHaveValue("Zeger Zonderscript");
    await expect(password).toHaveValue("");
    expect(await invitee.content()).not.toContain("wachtwoord123");
    expect(invitee.url()).not.toContain("wachtwoord");

    await password.fill("hinkelbaan-op-het-plein");
    await invitee.getByRole("button", { name: "Uitnodiging accepteren" }).click();
    // Accepted: signed in and on the home page, which says so.
    await invitee.waitForURL((url) => url.pathname === "/");
    await expect(invitee.getByText("Gelukt! U bent nu lid.")).toBeVisible();
    expect(invitee.url()).not.toContain("hinkelbaan");
    await expect(invitee.getByRole("banner")).toContainText("Basisschool De Vlinderboom");

    // Their language, as a plain post too.
    await invitee.goto("/account");
    await invitee.getByRole("radio", { name: "English" }).check();
    await invitee.getByRole("button", { name: "Taal opslaan" }).click();
    await expect(invitee.getByText("Your language has been saved.")).toBeVisible();
    await expect(invitee.locator("html")).toHaveAttribute("lang", "en");
  });

  test("switching workspace is a plain post", async ({ page }) => {
    await signIn(page, "ouder.zorg@demo.test");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn initiatieven");
    await page
      .getByLabel("Wissel van werkruimte")
      .selectOption({ label: "Stichting Kinderzorg Baronie (Zorgaanbieder)" });
    await page.getByRole("button", { name: "Wisselen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatieven waar wij aan meewerken");
  });

  test("dashboard filters are a GET form: the choice lands in the address", async ({ page }) => {
    await signIn(page, "swv@demo.test");
    await page.goto("/dashboard");
    await page.getByLabel("Fase", { exact: true }).selectOption({ label: "Borging" });
    await page.getByLabel("Zoek op naam").fill("Oosterhout");
    await page.getByRole("button", { name: "Toepassen" }).click();
    await expect(page).toHaveURL(/[?&]fase=BORGING/);
    await expect(page).toHaveURL(/[?&]zoek=Oosterhout/);
    const list = page.getByRole("table", { name: "Initiatieven", exact: true });
    await expect(list.getByRole("link")).toHaveText(["Samen naar School Oosterhout – De Zonnewijzer"]);
    // The filters show what the address says.
    await expect(page.getByLabel("Fase", { exact: true })).toHaveValue("BORGING");
  });
});

test("the dashboard filter form passes axe", async ({ page }) => {
  await signIn(page, "swv@demo.test");
  await page.goto("/dashboard?fase=BORGING");
  await expect(page.getByLabel("Fase", { exact: true })).toHaveValue("BORGING");
  await expectNoAxeViolations(page);
});
