// The arrangement editor on the form kit, on an initiative of its own: the arrangement's own
// message for a reversed period, running totals per stream while typing, rows moved with the
// keyboard, and a server refusal of one row that lands on that row while all three rows keep
// what was typed; then the fixed concept saves. axe on every state of the page.
import { ID } from "../support/demo";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedInPage } from "./support/session";
import { addOrganisations } from "./support/initiative";

const NAME = `Samen naar School Haagse Beemden ${Date.now()}`;
const SCHOOL = "Basisschool De Vlinderboom";
const SWV = "Samenwerkingsverband Breda e.o.";

type Line = {
  component: string;
  description: string;
  stream: string;
  payer: string;
  provider: string;
  amount: string;
  rationale: string;
};

const LINES: Line[] = [
  {
    component: "Onderwijs",
    description: "Leerkracht voor de groep",
    stream: "Onderwijsbekostiging school",
    payer: SCHOOL,
    provider: SCHOOL,
    amount: "80.000",
    rationale: "Onderwijs in de groep is een taak van de school.",
  },
  {
    component: "Onderwijsondersteuning",
    description: "Onderwijsassistent",
    stream: "SWV-budget / TLV",
    payer: SWV,
    provider: SCHOOL,
    amount: "20.000",
    rationale: "Extra ondersteuning uit het budget van het samenwerkingsverband.",
  },
  {
    component: "Coördinatie",
    description: "Coördinatie en overleg",
    stream: "SWV-budget / TLV",
    payer: SWV,
    provider: SCHOOL,
    amount: "5.000,50",
    rationale: "Afstemming tussen onderwijs en ondersteuning.",
  },
];

const row = (page: Page, number: number) => page.getByRole("group", { name: `Regel ${number}`, exact: true });

async function fillLine(page: Page, number: number, line: Line) {
  const r = row(page, number);
  await r.getByLabel("Onderdeel").selectOption({ label: line.component });
  await r.getByLabel("Omschrijving").fill(line.description);
  await r.getByLabel("Financieringsstroom").selectOption({ label: line.stream });
  await r.getByLabel("Betaler").selectOption({ label: line.payer });
  await r.getByLabel("Uitvoerder").selectOption({ label: line.provider });
  await r.getByLabel("Bedrag per jaar").fill(line.amount);
  await r.getByLabel("Onderbouwing").fill(line.rationale);
}

async function expectLine(r: Locator, line: Line) {
  await expect(r.getByLabel("Omschrijving")).toHaveValue(line.description);
  await expect(r.getByLabel("Bedrag per jaar")).toHaveValue(line.amount);
  await expect(r.getByLabel("Onderbouwing")).toHaveValue(line.rationale);
  await expect(r.getByLabel("Onderdeel").locator("option:checked")).toHaveText(line.component);
  await expect(r.getByLabel("Financieringsstroom").locator("option:checked")).toHaveText(line.stream);
  await expect(r.getByLabel("Uitvoerder").locator("option:checked")).toHaveText(line.provider);
}

test("the arrangement editor: totals while typing, keyboard reorder, a refused row keeps all rows", async ({
  browser,
}) => {
  test.setTimeout(120_000);

  // A parent starts an initiative of its own and brings in the school and the SWV.
  const parent = await signedInPage(browser, "ouder@demo.test");
  await parent.getByRole("link", { name: "Initiatief starten" }).click();
  await parent.getByLabel("Naam van het initiatief").fill(NAME);
  await parent.getByLabel("Voor wie is het? (doelgroep)").fill("Zes kinderen met een meervoudige beperking");
  await parent.getByLabel("Waarom? Wat levert het op ten opzichte van nu?").fill("Naar school in de eigen wijk");
  await parent.getByLabel("Wat is er nodig?").fill("Een lokaal, een leerkracht en een onderwijsassistent");
  await parent.getByLabel("Gemeente").selectOption({ label: "Gemeente Breda" });
  await parent.getByLabel("School", { exact: true }).selectOption({ label: SCHOOL });
  await parent.getByRole("button", { name: "Initiatief starten" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await addOrganisations(parent, NAME, [SCHOOL, SWV]);
  const arrangement = `${new URL(parent.url()).pathname}/arrangement`;

  // The school opens a new arrangement.
  const school = await signedInPage(browser, "school@demo.test");
  await school.goto(arrangement);
  await school.getByRole("link", { name: "Nieuw arrangement" }).click();
  await school.getByLabel("Scenario").selectOption({ index: 1 });
  await school.getByLabel("Eerste dag").fill("2027-01-01");
  await school.getByLabel("Laatste dag").fill("2026-12-31");
  await school.getByLabel("Aantal kinderen in de groep").fill("6");
  await fillLine(school, 1, LINES[0]!);

  // A reversed period gets the arrangement's own message, found from the error summary.
  await school.getByRole("button", { name: "Concept opslaan" }).click();
  const summary = school.getByRole("alert").filter({ hasText: "niet goed ingevuld" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Laatste dag: De laatste dag van het arrangement ligt vóór de eerste dag");
  await expect(school.getByText("Het overleg moet eindigen na het begin.")).toHaveCount(0);
  await expect(school.getByLabel("Laatste dag")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(school);
  await school.getByLabel("Laatste dag").fill("2028-12-31");

  // Running totals per stream follow the typing.
  const totals = school.getByRole("region", { name: "Totalen tot nu toe" });
  await expect(totals).toContainText("Onderwijsbekostiging school€ 80.000,00 per jaar · € 160.000,00 over de periode");
  await school.getByRole("button", { name: "Regel toevoegen" }).click();
  await expect(row(school, 2).getByLabel("Onderdeel")).toBeFocused();
  await fillLine(school, 2, LINES[1]!);
  await school.getByRole("button", { name: "Regel toevoegen" }).click();
  await fillLine(school, 3, LINES[2]!);
  await expect(totals).toContainText("SWV-budget / TLV€ 25.000,50 per jaar · € 50.001,00 over de periode");
  // One more digit typed: three decimals are not an amount, so that row stops counting.
  await row(school, 3).getByLabel("Bedrag per jaar").press("End");
  await row(school, 3).getByLabel("Bedrag per jaar").press("0");
  await expect(totals).toContainText("SWV-budget / TLV€ 20.000,00 per jaar");
  await expect(totals).toContainText("1 regel telt nog niet mee");
  await row(school, 3).getByLabel("Bedrag per jaar").fill(LINES[2]!.amount);
  await expect(totals).toContainText("Totaal€ 105.000,50 per jaar · € 210.001,00 over de periode");

  // Keyboard reorder: row 3 moves up to place 2, focus stays on its button, the move is announced.
  await school.getByRole("button", { name: "Regel 3 omhoog, naar plaats 2" }).focus();
  await school.keyboard.press("Enter");
  await expect(row(school, 2).getByLabel("Omschrijving")).toHaveValue(LINES[2]!.description);
  await expect(row(school, 3).getByLabel("Omschrijving")).toHaveValue(LINES[1]!.description);
  await expect(school.getByRole("button", { name: "Regel 2 omhoog, naar plaats 1" })).toBeFocused();
  await expect(school.getByText("De regel staat nu op plaats 2 van 3.")).toBeAttached();
  await school.keyboard.press("Tab"); // to "Regel 2 omlaag, naar plaats 3"
  await expect(school.getByRole("button", { name: "Regel 2 omlaag, naar plaats 3" })).toBeFocused();
  await school.keyboard.press("Space");
  await expect(row(school, 3).getByLabel("Omschrijving")).toHaveValue(LINES[2]!.description);
  await expect(school.getByRole("button", { name: "Regel 3 omhoog, naar plaats 2" })).toBeFocused();
  for (const [i, line] of LINES.entries()) await expectLine(row(school, i + 1), line);
  await expectNoAxeViolations(school);

  // Only the server knows who takes part. The participant list cannot shrink in the app, so a
  // stale list is stood in for by offering row 2 an organisation that does not take part.
  const payer2 = row(school, 2).getByLabel("Betaler");
  await payer2.evaluate((select, id) => select.append(new Option("Gemeente Alkmaar", id)), ID.gemeenteAlkmaar);
  await payer2.selectOption({ label: "Gemeente Alkmaar" });
  await school.getByRole("button", { name: "Concept opslaan" }).click();
  const refusal = "Kies een betaler die aan het initiatief deelneemt.";
  await expect(row(school, 2).getByText(refusal)).toBeVisible();
  await expect(payer2).toHaveAttribute("aria-invalid", "true");
  await expect(school.getByText(refusal)).toHaveCount(2); // the row and the summary, nowhere else
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: `Regel 2: Betaler: ${refusal}` })).toBeVisible();
  for (const number of [1, 3]) await expect(row(school, number).locator("[aria-invalid=true]")).toHaveCount(0);
  // All three rows are as typed, the refused choice included.
  for (const [i, line] of LINES.entries()) await expectLine(row(school, i + 1), line);
  await expect(payer2).toHaveValue(ID.gemeenteAlkmaar);
  await expect(school).toHaveURL(new RegExp(`${arrangement}/bewerken$`));
  await expectNoAxeViolations(school);

  // The fixed row saves; the arrangement shows all three lines.
  await payer2.selectOption({ label: SWV });
  await school.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(school).toHaveURL(new RegExp(`${arrangement}$`));
  for (const line of LINES) await expect(school.getByRole("main")).toContainText(line.description);
  await expectNoAxeViolations(school);
});
