// The arrangement from first draft to the payers' approval: the school drafts education and care
// lines, gemeente Breda asks for a change on its Jeugdwet line, the school amends it, every payer
// approves. The parents approve per child, and this new initiative has no children yet: the
// parent is told to add them first (parents-approval.spec.ts goes on to vastgesteld in the demo
// initiative, which has children). Gemeente Alkmaar sees none of it. axe on every page.
// A parent starts the initiative for this spec and brings in every party of the arrangement.
import { expect, test, type Page } from "@playwright/test";
import { startInitiative, uniqueName } from "./support/initiative";
import { expectNoAxeViolations, signedInPage } from "./support/session";

async function fillLine(
  page: Page,
  number: number,
  line: {
    component: string;
    description: string;
    stream: string;
    payer: string;
    provider: string;
    hours: string;
    amount: string;
    rationale: string;
  },
) {
  const row = page.getByRole("group", { name: `Regel ${number}`, exact: true });
  await row.getByLabel("Onderdeel").selectOption({ label: line.component });
  await row.getByLabel("Omschrijving").fill(line.description);
  await row.getByLabel("Financieringsstroom").selectOption({ label: line.stream });
  await row.getByLabel("Betaler").selectOption({ label: line.payer });
  await row.getByLabel("Uitvoerder").selectOption({ label: line.provider });
  await row.getByLabel("Uren per week").fill(line.hours);
  await row.getByLabel("Bedrag per jaar").fill(line.amount);
  await row.getByLabel("Onderbouwing").fill(line.rationale);
}

async function approve(page: Page, arrangement: string, version: number) {
  await page.goto(arrangement);
  await page.getByRole("button", { name: "Goedkeuren" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: `Ja, versie ${version} goedkeuren` }).click();
}

test("an arrangement from draft to every payer's approval, with a change asked by the gemeente", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const name = uniqueName("Samen naar School Ginneken");
  const ouder = await signedInPage(browser, "ouder@demo.test");
  const ARRANGEMENT = `${await startInitiative(ouder, {
    name,
    participants: [
      "Basisschool De Vlinderboom",
      "Stichting Openbaar Onderwijs Markdal",
      "Gemeente Breda",
      "Stichting Kinderzorg Baronie",
    ],
  })}/arrangement`;

  // The school drafts. A first save without a rationale is refused on the field, nothing saved.
  const school = await signedInPage(browser, "school@demo.test");
  await school.goto(ARRANGEMENT);
  await expect(school.getByText("Er is nog geen arrangement")).toBeVisible();
  await expectNoAxeViolations(school);
  await school.getByRole("link", { name: "Nieuw arrangement" }).click();
  await school.getByLabel("Scenario").selectOption({ index: 1 });
  await school.getByLabel("Eerste dag").fill("2027-08-01");
  await school.getByLabel("Laatste dag").fill("2028-07-31");
  await school.getByLabel("Aantal kinderen in de groep").fill("6");
  await fillLine(school, 1, {
    component: "Onderwijs",
    description: "Leerkracht en onderwijsassistent voor de groep",
    stream: "Onderwijsbekostiging school",
    payer: "Stichting Openbaar Onderwijs Markdal",
    provider: "Basisschool De Vlinderboom",
    hours: "26",
    amount: "95000",
    rationale: "Onderwijs in de groep is een taak van het schoolbestuur.",
  });
  await school.getByRole("button", { name: "Regel toevoegen" }).click();
  await fillLine(school, 2, {
    component: "Begeleiding",
    description: "Individuele begeleiding in de klas",
    stream: "Jeugdwet",
    payer: "Gemeente Breda",
    provider: "Stichting Kinderzorg Baronie",
    hours: "20",
    amount: "120000",
    rationale: "",
  });
  await school.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(
    school
      .getByRole("group", { name: "Regel 2", exact: true })
      .getByText("Leg uit waarom deze financieringsstroom dit betaalt."),
  ).toBeVisible();
  await expectNoAxeViolations(school);
  // The choices made so far are still there after the refusal.
  await expect(
    school.getByRole("group", { name: "Regel 2", exact: true }).getByLabel("Betaler").locator("option:checked"),
  ).toHaveText("Gemeente Breda");
  await school
    .getByRole("group", { name: "Regel 2", exact: true })
    .getByLabel("Onderbouwing")
    .fill("Individuele begeleiding gaat verder dan het onderwijsondersteunende deel.");
  await school.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(school).toHaveURL(new RegExp(`${ARRANGEMENT}$`));
  await expect(school.getByRole("main")).toContainText("Individuele begeleiding in de klas");
  await expectNoAxeViolations(school);
  await school.getByRole("button", { name: "Ter beoordeling aanbieden" }).click();
  await expect(school.getByText("Het arrangement is ter beoordeling aangeboden.")).toBeVisible();

  // Gemeente Alkmaar cannot see any of it.
  const alkmaar = await signedInPage(browser, "gemeente.alkmaar@demo.test");
  for (const path of [ARRANGEMENT, `${ARRANGEMENT}/versies`, `${ARRANGEMENT}/bewerken`]) {
    expect((await alkmaar.goto(path))?.status(), path).toBe(404);
  }

  // Gemeente Breda finds it in its review queue and asks for a change on its Jeugdwet line.
  const gemeente = await signedInPage(browser, "gemeente@demo.test");
  await gemeente
    .getByRole("link", { name: /Te beoordelen/ })
    .first()
    .click();
  await expect(gemeente.getByRole("main")).toContainText(name);
  await expectNoAxeViolations(gemeente);
  await gemeente.goto(ARRANGEMENT);
  await gemeente.getByLabel("Wijziging vragen voor regel 2").click();
  await gemeente.getByLabel("Wat moet er anders?").fill("Graag 16 uur per week: de rest valt onder het onderwijsdeel.");
  await gemeente.getByRole("button", { name: "Versturen" }).click();
  await expect(gemeente.getByText("Uw verzoek is verstuurd.")).toBeVisible();
  await expectNoAxeViolations(gemeente);

  // The school hears it, amends the line in a new version and offers it again.
  await school.goto("/meldingen");
  await expect(school.getByRole("main")).toContainText("Graag 16 uur per week");
  await school.goto(ARRANGEMENT);
  await expect(school.getByRole("main")).toContainText("Graag 16 uur per week");
  await school.getByRole("button", { name: "Wijziging voorstellen" }).click();
  await expect(school).toHaveURL(new RegExp(`${ARRANGEMENT}/bewerken$`));
  const line2 = school.getByRole("group", { name: "Regel 2", exact: true });
  await line2.getByLabel("Uren per week").fill("16");
  await line2.getByLabel("Bedrag per jaar").fill("96000");
  await school.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(school.getByText("Het concept is opgeslagen.")).toBeVisible();
  await school.goto(ARRANGEMENT);
  await school.getByRole("button", { name: "Ter beoordeling aanbieden" }).click();
  await expect(school.getByText("Het arrangement is ter beoordeling aangeboden.")).toBeVisible();

  // The versions page shows what changed.
  await school.goto(`${ARRANGEMENT}/versies`);
  await expect(school.getByRole("main")).toContainText("Gewijzigde regels");
  await expectNoAxeViolations(school);

  // Every payer approves version 2: the board and the gemeente.
  await approve(await signedInPage(browser, "bestuur@demo.test"), ARRANGEMENT, 2);
  await approve(gemeente, ARRANGEMENT, 2);
  await expect(gemeente.getByText("Uw goedkeuring van versie 2 is vastgelegd.")).toBeVisible();

  // The parents approve per child; without children in the group there is nothing to approve yet.
  await ouder.goto(ARRANGEMENT);
  await expect(ouder.getByText("Voeg eerst de kinderen toe aan het initiatief.", { exact: false })).toBeVisible();
  await expect(ouder.getByRole("button", { name: /Goedkeuren/ })).toHaveCount(0);
  await expect(ouder.getByRole("main")).toContainText("Ter beoordeling");
  await expectNoAxeViolations(ouder);
});
