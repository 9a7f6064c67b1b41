// The meeting forms on the form kit: planning with an empty date shows one message, on that field,
// and keeps the rest; the record's agenda items are rows that move with the keyboard (focus follows
// the row) and survive a refusal by the server (a conflict), after which the person keeps theirs.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedInPage } from "./support/session";

const NAME = `Samen naar School Overleg ${Date.now().toString(36)}`;
const TITLE = "Praktijkgesprek over de dagindeling";

async function startInitiative(parent: Page) {
  await parent.getByRole("link", { name: "Initiatief starten" }).click();
  await parent.getByLabel("Naam van het initiatief").fill(NAME);
  await parent.getByLabel("Voor wie is het? (doelgroep)").fill("Drie kinderen met een meervoudige beperking");
  await parent.getByLabel("Waarom? Wat levert het op ten opzichte van nu?").fill("Naar school in de eigen wijk");
  await parent.getByLabel("Wat is er nodig?").fill("Een lokaal en twee begeleiders");
  await parent.getByLabel("Gemeente").selectOption({ label: "Gemeente Breda" });
  await parent.getByLabel("School", { exact: true }).selectOption({ label: "Basisschool De Vlinderboom" });
  await parent.getByRole("button", { name: "Initiatief starten" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
}

test("plan a meeting, then write its agenda as rows that move and survive a conflict", async ({ browser }) => {
  const parent = await signedInPage(browser, "ouder@demo.test");
  await startInitiative(parent);
  await parent
    .getByRole("navigation", { name: "Onderdelen van het initiatief" })
    .getByRole("link", { name: "Overleggen" })
    .click();
  await expect(parent.getByRole("button", { name: "Overleg plannen" })).toBeVisible();

  // An empty start: one message, on that field, and everything typed stays.
  await parent.getByLabel(/Praktijkgesprek/).check();
  await parent.getByLabel("Titel").fill(TITLE);
  await parent.getByLabel("Eindigt").fill("2027-03-10T16:30");
  await parent.getByRole("button", { name: "Overleg plannen" }).click();
  const summary = parent.getByRole("alert").filter({ hasText: "niet goed ingevuld" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Begint: Vul dit veld in."]);
  await expect(parent.getByLabel("Begint")).toHaveAttribute("aria-invalid", "true");
  await expect(parent.getByLabel("Begint")).toHaveAccessibleDescription("Datum en tijd in Nederland. Vul dit veld in.");
  await expect(parent.getByText("Vul een geldige datum")).toHaveCount(0);
  await expect(parent.getByLabel("Eindigt")).not.toHaveAttribute("aria-invalid", "true");
  await expect(parent.getByLabel("Titel")).toHaveValue(TITLE);
  await expect(parent.getByLabel("Eindigt")).toHaveValue("2027-03-10T16:30");
  await expect(parent.getByLabel(/Praktijkgesprek/)).toBeChecked();
  await expectNoAxeViolations(parent);

  // The summary link takes the person to the field; the retry saves.
  await summary.getByRole("link").click();
  await expect(parent.getByLabel("Begint")).toBeFocused();
  await parent.getByLabel("Begint").fill("2027-03-10T15:00");
  await parent.getByRole("button", { name: "Overleg plannen" }).click();
  await expect(parent).toHaveURL(/\/overleggen\/[a-z0-9]+$/);
  await expect(parent.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expectNoAxeViolations(parent);

  // Three agenda items under "Inhoud", then the last one moved to the top with the keyboard.
  const item = (n: number) => parent.getByRole("textbox", { name: `Inhoud: agendapunt ${n}`, exact: true });
  await item(1).fill("Dagindeling");
  await parent.getByRole("button", { name: "Agendapunt toevoegen bij Inhoud" }).click();
  await expect(item(2)).toBeFocused();
  await item(2).fill("Leerlijnen");
  await parent.getByRole("button", { name: "Agendapunt toevoegen bij Inhoud" }).click();
  await item(3).fill("Vervoer");
  await parent.getByRole("button", { name: "Inhoud: agendapunt 3 omhoog" }).focus();
  await parent.keyboard.press("Enter");
  await expect(parent.getByRole("button", { name: "Inhoud: agendapunt 2 omhoog" })).toBeFocused();
  await parent.keyboard.press("Enter");
  // At the top "up" is disabled: the focus stays with the row, on its "down" button.
  await expect(parent.getByRole("button", { name: "Inhoud: agendapunt 1 omlaag" })).toBeFocused();
  await expect(parent.getByText("staat nu op plaats 1 van 3")).toBeAttached();
  await expect(item(1)).toHaveValue("Vervoer");
  await expect(item(2)).toHaveValue("Dagindeling");
  await expect(item(3)).toHaveValue("Leerlijnen");
  await expectNoAxeViolations(parent);

  // Meanwhile someone else saves the record: this save is refused as a conflict.
  const other = await (await browser.newContext({ storageState: await parent.context().storageState() })).newPage();
  await other.goto(parent.url());
  await other.getByLabel("Verslag", { exact: true }).fill("Verslag van de ander");
  await other.getByRole("button", { name: "Opslaan" }).click();
  await expect(other.getByText("Agenda en verslag zijn opgeslagen.")).toBeVisible();

  await parent.getByLabel("Verslag", { exact: true }).fill("Mijn verslag");
  await parent.getByRole("button", { name: "Opslaan" }).click();
  const versions = parent.getByRole("table", { name: "Iemand anders heeft dit overleg intussen gewijzigd" });
  await expect(versions).toContainText("Verslag van de ander");
  await expect(versions).toContainText("Mijn verslag");
  // Every row as typed, in the order chosen.
  await expect(item(1)).toHaveValue("Vervoer");
  await expect(item(2)).toHaveValue("Dagindeling");
  await expect(item(3)).toHaveValue("Leerlijnen");
  await expect(parent.getByLabel("Verslag", { exact: true })).toHaveValue("Mijn verslag");
  await expectNoAxeViolations(parent);

  // Keeping mine saves it, rows in their order.
  await parent.getByRole("button", { name: "Mijn versie opslaan" }).click();
  await expect(parent.getByText("Agenda en verslag zijn opgeslagen.")).toBeVisible();
  await parent.reload();
  await expect(item(1)).toHaveValue("Vervoer");
  await expect(item(2)).toHaveValue("Dagindeling");
  await expect(item(3)).toHaveValue("Leerlijnen");
  await expect(parent.getByLabel("Verslag", { exact: true })).toHaveValue("Mijn verslag");

  // An action item with an empty date: one message on that field; the rest stays.
  await parent.getByLabel("Wat moet er gebeuren?").fill("Rooster delen");
  await parent.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(parent.getByLabel("Klaar op")).toHaveAccessibleDescription("Vul dit veld in.");
  await expect(parent.getByLabel("Trekker")).toHaveAccessibleDescription(/Kies een trekker\.$/);
  await expect(parent.getByLabel("Wat moet er gebeuren?")).toHaveValue("Rooster delen");
  await expectNoAxeViolations(parent);
});
