// The stappenplan journey: a parent starts an initiative and brings in the school and the SWV;
// the school completes the Verkenning steps; the SWV sees it in its region; the initiative moves
// to Voorbereiding; the parent chooses scenario 2 and the TLV steps appear.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedInPage } from "./support/session";
import { addOrganisations } from "./support/initiative";

const NAME = `Samen naar School Brabantpark ${Date.now()}`;

async function openInitiative(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: NAME }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
}

test("from a parent's idea to scenario 2", async ({ browser }) => {
  // A long journey with five sessions and axe on every page: a minute is too tight on a busy machine.
  test.setTimeout(120_000);
  // 1. The parent starts the initiative.
  const parent = await signedInPage(browser, "ouder@demo.test");
  await parent.getByRole("link", { name: "Initiatief starten" }).click();
  await expectNoAxeViolations(parent);
  await parent.getByRole("button", { name: "Initiatief starten" }).click();
  await expect(parent.locator("#name")).toHaveAttribute("aria-invalid", "true");
  await parent.getByLabel("Naam van het initiatief").fill(NAME);
  await parent
    .getByLabel("Voor wie is het? (doelgroep)")
    .fill("Vier kinderen met een ernstig meervoudige beperking, 5 tot 9 jaar");
  await parent
    .getByLabel("Waarom? Wat levert het op ten opzichte van nu?")
    .fill("Naar school in de eigen wijk, met broertjes en zusjes");
  await parent
    .getByLabel("Wat is er nodig?")
    .fill("Een lokaal met verzorgingsruimte, twee begeleiders, aangepast vervoer");
  await parent.getByLabel("Gemeente").selectOption({ label: "Gemeente Breda" });
  await expect(parent.getByText("Samenwerkingsverband: Samenwerkingsverband Breda e.o.")).toBeVisible();
  await parent.getByLabel("School", { exact: true }).selectOption({ label: "Basisschool De Vlinderboom" });
  await parent.getByRole("button", { name: "Initiatief starten" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(
    parent.getByRole("region", { name: "Stappenplan" }).getByRole("link", { name: "Informeer en creëer commitment" }),
  ).toBeVisible();
  await expectNoAxeViolations(parent);

  // 2. The parent brings in the school and the SWV.
  // Each is invited; its beheerder accepts on the workspace home before it takes part.
  await addOrganisations(parent, NAME, ["Basisschool De Vlinderboom", "Samenwerkingsverband Breda e.o."]);
  await expect(parent.getByRole("table", { name: "Deelnemers" })).toContainText("Samenwerkingsverband Breda e.o.");

  // 3. The school completes the Verkenning steps.
  const school = await signedInPage(browser, "school@demo.test");
  await openInitiative(school);
  for (const step of ["Informeer en creëer commitment", /beeld op hoofdlijnen/i]) {
    await school.getByRole("region", { name: "Stappenplan" }).getByRole("link", { name: step }).click();
    await expect(school.getByRole("heading", { name: "Handreiking bij deze stap" })).toBeVisible();
    await expectNoAxeViolations(school);
    await school.getByLabel("Afgerond").check();
    await school.getByLabel("Trekker").selectOption({ label: "Basisschool De Vlinderboom" });
    await school.getByLabel("Aantekeningen").fill("Besproken in het team en met de ouders; verslag gedeeld.");
    await school.getByRole("button", { name: "Opslaan" }).click();
    await expect(school.getByText("De stap is opgeslagen.")).toBeVisible();
    // The deliverable that shows the step is done.
    await school.getByLabel("Kies een bestand").setInputFiles({
      name: "verslag-verkenning.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    });
    await school.getByRole("button", { name: "Bestand uploaden" }).click();
    await expect(school.getByText("verslag-verkenning.pdf is toegevoegd.")).toBeVisible();
    const download = school.waitForEvent("download");
    await school
      .getByRole("link", { name: /verslag-verkenning\.pdf/ })
      .first()
      .click();
    expect((await download).suggestedFilename()).toBe("verslag-verkenning.pdf");
    if (step === "Informeer en creëer commitment") {
      await school.getByLabel("Uw opmerking").fill("Sanne, wil je het verslag nog even lezen?");
      await school.getByLabel("Sanne de Vries").check();
      await school.getByRole("button", { name: "Opmerking plaatsen" }).click();
      await expect(school.getByText("Uw opmerking is geplaatst.")).toBeVisible();
    }
    await school.getByRole("link", { name: /Terug naar/ }).click();
  }
  await expect(school.getByText("Alle verplichte stappen van deze fase zijn klaar.")).toBeVisible();

  // 4. The SWV sees it in its region.
  const swv = await signedInPage(browser, "swv@demo.test");
  await expect(swv.getByRole("table")).toContainText(NAME);

  // 5. The initiative moves to Voorbereiding.
  await school.getByRole("button", { name: "Naar Voorbereiding" }).click();
  await expect(school.getByText("Van Verkenning naar Voorbereiding")).toBeVisible();
  await expect(school.locator("li[aria-current=step]")).toContainText("Voorbereiding");

  // The parent hears of the phase change in the inbox.
  await parent.goto("/meldingen");
  await expect(
    parent.getByRole("link", { name: `${NAME} is van Verkenning naar Voorbereiding gegaan.` }),
  ).toBeVisible();
  await expect(
    parent.getByRole("link", { name: /noemde u bij de stap ‘Informeer en creëer commitment’/ }),
  ).toBeVisible();
  await expectNoAxeViolations(parent);
  await parent.getByRole("button", { name: "Alles als gelezen markeren" }).click();
  await expect(parent.getByText("Nieuw", { exact: true })).toHaveCount(0);
  // The inbox re-renders after marking read; click once it has settled.
  await expect(async () => {
    await parent.getByRole("link", { name: `${NAME} is van Verkenning naar Voorbereiding gegaan.` }).click();
    await expect(parent).toHaveURL(/\/initiatieven\//, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });

  // 6. The parent chooses scenario 2, sees what it adds, confirms, and the TLV steps appear.
  await parent.reload();
  await expect(parent.getByText("Vraag per kind een toelaatbaarheidsverklaring", { exact: false })).toHaveCount(0);
  const scenario = parent.getByRole("group", { name: "Kies een scenario" });
  await scenario.getByLabel(/Scenario 2/).check();
  await parent.getByRole("button", { name: "Bekijk wat dit verandert" }).first().click();
  const preview = parent.getByRole("region", { name: "Gevolgen voor het stappenplan" });
  await expect(preview).toContainText("toelaatbaarheidsverklaring");
  await expect(preview).toContainText("nevenvestiging");
  await expectNoAxeViolations(parent);
  await preview
    .getByLabel("Waarom kiezen jullie hiervoor?")
    .fill("De SO-school in de regio wil een nevenvestiging openen.");
  await preview.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(parent.getByText(/Besluit vastgelegd\. 2 stappen erbij/)).toBeVisible();
  await parent.reload();
  await expect(
    parent.getByRole("region", { name: "Stappenplan" }).getByRole("link", { name: /toelaatbaarheidsverklaring/ }),
  ).toBeVisible();
  await expect(parent.getByText(/Scenario: scenario 2/)).toBeVisible();
  await expectNoAxeViolations(parent);

  // On a phone the same page fits the screen.
  await parent.setViewportSize({ width: 375, height: 740 });
  expect(
    await parent.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
});
