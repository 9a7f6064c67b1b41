// New action items as rows of the meeting record: added and moved with the keyboard, saved with
// the record. When the server refuses one row (its owner no longer takes part), nothing is saved,
// the message is on that row only and every row stays as typed; fixed, all rows become tasks.
import { expect, test } from "@playwright/test";
import { startInitiative, uniqueName } from "./support/initiative";
import { expectNoAxeViolations, signedInPage } from "./support/session";

test("three action items as rows: one refused by the server, all kept, fixed and saved", async ({ browser }) => {
  const parent = await signedInPage(browser, "ouder@demo.test");
  const initiative = await startInitiative(parent, {
    name: uniqueName("Samen naar School Actiepunten"),
    participants: ["Stichting Kinderzorg Baronie"],
  });
  // An organisation that does not take part: the owner the server must refuse.
  const outsider = await parent
    .getByLabel("Organisatie toevoegen")
    .locator("option:not([value=''])")
    .first()
    .getAttribute("value");
  expect(outsider).toBeTruthy();

  await parent.goto(`${initiative}/overleggen`);
  await parent.getByLabel(/Praktijkgesprek/).check();
  await parent.getByLabel("Titel").fill("Praktijkgesprek actiepunten");
  await parent.getByLabel("Begint").fill("2027-05-12T15:00");
  await parent.getByLabel("Eindigt").fill("2027-05-12T16:00");
  await parent.getByRole("button", { name: "Overleg plannen" }).click();
  await expect(parent).toHaveURL(/\/overleggen\/[a-z0-9]+$/);

  const title = (n: number) => parent.getByLabel(`Actiepunt ${n}: wat moet er gebeuren?`);
  const owner = (n: number) => parent.getByLabel(`Actiepunt ${n}: trekker`);
  const due = (n: number) => parent.getByLabel(`Actiepunt ${n}: klaar op`);
  const fill = async (n: number, text: string, date: string) => {
    await title(n).fill(text);
    await owner(n).selectOption({ label: "Stichting Kinderzorg Baronie" });
    await due(n).fill(date);
  };

  // Three rows; the new row takes the focus; the third moves up with the keyboard.
  await fill(1, "Rooster delen", "2027-05-19");
  await parent.getByRole("button", { name: "Nog een actiepunt" }).click();
  await expect(title(2)).toBeFocused();
  await fill(2, "Vervoer regelen", "2027-05-26");
  await parent.getByRole("button", { name: "Nog een actiepunt" }).click();
  await fill(3, "Begroting opstellen", "2027-06-02");
  await parent.getByRole("button", { name: "Actiepunt 3 omhoog" }).focus();
  await parent.keyboard.press("Enter");
  await expect(parent.getByRole("button", { name: "Actiepunt 2 omhoog" })).toBeFocused();
  await expect(title(2)).toHaveValue("Begroting opstellen");
  await expect(title(3)).toHaveValue("Vervoer regelen");
  await expectNoAxeViolations(parent);

  // The third row's owner stopped taking part after the page was loaded (a stale list).
  await owner(3).evaluate((select: HTMLSelectElement, value: string) => {
    select.add(new Option("Vertrokken organisatie", `org:${value}`));
  }, outsider!);
  await owner(3).selectOption({ label: "Vertrokken organisatie" });
  await parent.getByRole("button", { name: "Opslaan" }).click();

  const summary = parent.getByRole("alert").filter({ hasText: "niet goed ingevuld" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Actiepunt 3: trekker: Kies een trekker die aan het initiatief deelneemt.",
  ]);
  await expect(owner(3)).toHaveAttribute("aria-invalid", "true");
  await expect(owner(1)).not.toHaveAttribute("aria-invalid", "true");
  await expect(owner(2)).not.toHaveAttribute("aria-invalid", "true");
  // Every row as typed, in the order chosen; no task was made.
  await expect(title(1)).toHaveValue("Rooster delen");
  await expect(title(2)).toHaveValue("Begroting opstellen");
  await expect(title(3)).toHaveValue("Vervoer regelen");
  await expect(due(3)).toHaveValue("2027-05-26");
  const list = parent.getByRole("region", { name: "Actiepunten", exact: true });
  await expect(list.getByText("Nog geen actiepunten.")).toBeVisible();
  await expectNoAxeViolations(parent);

  // Fixed: all three become tasks, and the form is ready for new ones.
  await summary.getByRole("link").click();
  await expect(owner(3)).toBeFocused();
  await owner(3).selectOption({ label: "Stichting Kinderzorg Baronie" });
  await parent.getByRole("button", { name: "Opslaan" }).click();
  await expect(
    parent.getByText("Er zijn 3 actiepunten toegevoegd en de trekkers hebben een melding gekregen."),
  ).toBeVisible();
  for (const text of ["Rooster delen", "Begroting opstellen", "Vervoer regelen"])
    await expect(list.getByText(text)).toBeVisible();
  await expect(title(1)).toHaveValue("");
  await expect(title(2)).toHaveCount(0);
  await expectNoAxeViolations(parent);
});
