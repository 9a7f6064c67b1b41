// Forms keep what people type: after a refused submit every field still holds its input, the
// error summary takes focus and links to the fields, and a conflict keeps one's own text. The
// same forms work with JavaScript switched off (a plain post to the server action); axe needs
// JavaScript to run, so the pages are checked in the tests with JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, signedInPage } from "./support/session";

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** Starts an initiative of this test's own and ends on its page. */
async function startInitiative(page: Page, name: string) {
  await page.goto("/initiatieven/nieuw");
  await page.getByLabel("Naam van het initiatief").fill(name);
  await page.getByLabel("Voor wie is het? (doelgroep)").fill("Drie kinderen met EMB");
  await page.getByLabel("Waarom? Wat levert het op ten opzichte van nu?").fill("Naar school in de eigen wijk");
  await page.getByLabel("Wat is er nodig?").fill("Een lokaal en begeleiders");
  await page.getByLabel("Gemeente").selectOption({ label: "Gemeente Breda" });
  await page.getByRole("button", { name: "Initiatief starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test.describe("with JavaScript", () => {
  test("the decision form keeps the option and reason after a refused submit, and saves on the retry", async ({
    browser,
  }) => {
    const page = await signedInPage(browser, "ouder@demo.test");
    await startInitiative(page, `Formulieren besluit ${unique()}`);
    const form = page.getByRole("group", { name: "Kies een scenario" });
    await form.getByLabel(/Scenario 2/).check();
    await page.getByRole("button", { name: "Bekijk wat dit verandert" }).first().click();
    const preview = page.getByRole("region", { name: "Gevolgen voor het stappenplan" });
    await expect(preview).toContainText("toelaatbaarheidsverklaring");

    // A reason of only spaces is no reason: one message, on the field, and nothing is lost.
    await preview.getByLabel("Waarom kiezen jullie hiervoor?").fill("   ");
    await preview.getByRole("button", { name: "Besluit vastleggen" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "niet goed ingevuld" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Waarom kiezen jullie hiervoor?: Geef een reden." })).toBeVisible();
    const reason = preview.getByLabel("Waarom kiezen jullie hiervoor?");
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveAccessibleDescription(/Geef een reden\./);
    await expect(form.getByLabel(/Scenario 2/)).toBeChecked();
    await expect(preview).toBeVisible();
    await expectNoAxeViolations(page);

    // The summary's link goes to the field; the retry saves.
    await summary.getByRole("link").click();
    await expect(reason).toBeFocused();
    await reason.fill("De SO-school in de regio wil een nevenvestiging openen.");
    await preview.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(page.getByText(/Besluit vastgelegd\. 2 stappen erbij/)).toBeVisible();
    await page.reload();
    await expect(page.getByText(/Scenario: scenario 2/)).toBeVisible();
  });

  test("a step save refused as a conflict keeps the typed notes and can keep them", async ({ browser }) => {
    const first = await signedInPage(browser, "ouder@demo.test");
    const name = `Formulieren conflict ${unique()}`;
    await startInitiative(first, name);
    const stepUrl = await first
      .getByRole("region", { name: "Stappenplan" })
      .getByRole("link", { name: "Informeer en creëer commitment" })
      .getAttribute("href");
    const second = await signedInPage(browser, "ouder@demo.test");
    for (const page of [first, second]) await page.goto(stepUrl!);

    await first.getByLabel("Aantekeningen").fill("Eerste versie van de aantekeningen.");
    await first.getByRole("button", { name: "Opslaan" }).click();
    await expect(first.getByText("De stap is opgeslagen.")).toBeVisible();

    await second.getByLabel("Bezig").check();
    await second.getByLabel("Aantekeningen").fill("Mijn eigen, langere aantekeningen.");
    await second.getByRole("button", { name: "Opslaan" }).click();
    const conflict = second.getByRole("alert").filter({ hasText: "Iemand anders heeft deze stap intussen gewijzigd" });
    await expect(conflict).toContainText("Eerste versie van de aantekeningen.");
    await expect(conflict).toContainText("Mijn eigen, langere aantekeningen.");
    await expect(second.getByLabel("Aantekeningen")).toHaveValue("Mijn eigen, langere aantekeningen.");
    await expect(second.getByLabel("Bezig")).toBeChecked();
    await expectNoAxeViolations(second);

    await second.getByRole("button", { name: "Mijn versie opslaan" }).click();
    await expect(second.getByText("De stap is opgeslagen.")).toBeVisible();
    await first.reload();
    await expect(first.getByLabel("Aantekeningen")).toHaveValue("Mijn eigen, langere aantekeningen.");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in, starting an initiative and saving a step work as plain form posts", async ({ page }) => {
    // A wrong password: the page comes back with the message and the address kept, never in the URL.
    await page.goto("/inloggen");
    await page.locator("#email").fill("ouder@demo.test");
    await page.locator("#password").fill("niet-het-wachtwoord");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByText("Het e-mailadres of wachtwoord klopt niet.")).toBeVisible();
    await expect(page.locator("#email")).toHaveValue("ouder@demo.test");
    expect(page.url()).not.toContain("wachtwoord");

    await signIn(page, "ouder@demo.test");

    // Refused first (no name): the page re-renders with the server's message and the input kept.
    await page.goto("/initiatieven/nieuw");
    await page.getByLabel("Voor wie is het? (doelgroep)").fill("Drie kinderen met EMB");
    await page.getByRole("button", { name: "Initiatief starten" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "niet goed ingevuld" })).toBeVisible();
    await expect(page.getByLabel("Voor wie is het? (doelgroep)")).toHaveValue("Drie kinderen met EMB");
    await expect(page.getByLabel("Naam van het initiatief")).toHaveAttribute("aria-invalid", "true");

    const name = `Formulieren zonder script ${unique()}`;
    await startInitiative(page, name);

    await page
      .getByRole("region", { name: "Stappenplan" })
      .getByRole("link", { name: "Informeer en creëer commitment" })
      .click();
    await page.getByLabel("Bezig").check();
    await page.getByLabel("Aantekeningen").fill("Opgeslagen zonder JavaScript.");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("De stap is opgeslagen.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Aantekeningen")).toHaveValue("Opgeslagen zonder JavaScript.");
    await expect(page.getByLabel("Bezig")).toBeChecked();
  });
});
