// Working together on an initiative beyond its steps: a meeting with an action item that
// lands in the owner's "Mijn taken" and inbox, the calendar file, the randvoorwaarden
// checklist and the activity timeline — each page checked with axe. On an initiative a parent
// starts for this spec, with the school and the zorgaanbieder taking part.
import { expect, test } from "@playwright/test";
import { startInitiative, uniqueName } from "./support/initiative";
import { expectNoAxeViolations, signedInPage } from "./support/session";

test("a praktijkgesprek, its action item, the checklist and the timeline", async ({ browser }) => {
  // Unique per attempt, so a retry does not find the first attempt's meeting as well.
  const title = uniqueName("Praktijkgesprek dagindeling");
  const action = uniqueName("Rooster van de begeleiders delen");
  const parent = await signedInPage(browser, "ouder@demo.test");
  const initiative = await startInitiative(parent, {
    name: uniqueName("Samen naar School Princenhage"),
    participants: ["Basisschool De Vlinderboom", "Stichting Kinderzorg Baronie"],
  });
  const school = await signedInPage(browser, "school@demo.test");
  await school.goto(initiative);
  await school
    .getByRole("navigation", { name: "Onderdelen van het initiatief" })
    .getByRole("link", { name: "Overleggen" })
    .click();
  await expect(school.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(school);

  // Plan the meeting; a bad time range is refused on the field first.
  await school.getByLabel(/Praktijkgesprek/).check();
  await school.getByLabel("Titel").fill(title);
  await school.getByLabel("Begint").fill("2027-02-10T15:00");
  await school.getByLabel("Eindigt").fill("2027-02-10T14:00");
  await school.getByRole("button", { name: "Overleg plannen" }).click();
  await expect(school.getByLabel("Eindigt")).toHaveAccessibleDescription(/Het overleg moet eindigen na het begin\./);
  await expectNoAxeViolations(school);
  await school.getByLabel("Eindigt").fill("2027-02-10T16:30");
  await school.getByRole("button", { name: "Overleg plannen" }).click();
  // Planning opens the new meeting's page by itself.
  await expect(school).toHaveURL(/\/overleggen\/[a-z0-9]+$/);
  await expect(school.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(school);

  // The calendar file.
  const download = school.waitForEvent("download");
  await school.getByRole("link", { name: "Zet in mijn agenda (.ics)" }).click();
  const ics = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of ics) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text).toContain("BEGIN:VCALENDAR\r\n");
  expect(text).toContain("DTSTART:20270210T140000Z"); // 15:00 in Amsterdam (winter time)

  // An action item for the zorgaanbieder.
  await school.getByLabel("Wat moet er gebeuren?").fill(action);
  await school.getByLabel("Trekker").selectOption({ label: "Stichting Kinderzorg Baronie" });
  await school.getByLabel("Klaar op").fill("2027-02-17");
  await school.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(school.getByText("Het actiepunt is toegevoegd en de trekker heeft een melding gekregen.")).toBeVisible();

  // The zorgaanbieder finds it in "Mijn taken" and in the inbox.
  const zorg = await signedInPage(browser, "zorg@demo.test");
  await zorg.getByRole("link", { name: "Mijn taken" }).click();
  await expect(zorg.getByText(action)).toBeVisible();
  await expectNoAxeViolations(zorg);
  await zorg.getByRole("link", { name: /^Meldingen/ }).click();
  await expect(zorg.getByText(action)).toBeVisible();

  // The randvoorwaarden checklist: evidence is required for "geregeld" (the server checks it too).
  await school.goto(`${initiative}/randvoorwaarden`);
  await expectNoAxeViolations(school);
  const item = school.locator("form", { has: school.getByRole("group", { name: /Draagvlak bij team en ouders/ }) });
  await item.getByLabel("Geregeld").check();
  await item.getByRole("button", { name: "Opslaan" }).click();
  await expect(item.getByLabel("Bewijs (verplicht)")).toHaveAttribute("aria-invalid", "true");
  await expect(item.getByText("De randvoorwaarde is opgeslagen.")).toHaveCount(0);
  await item.getByLabel(/Bewijs/).fill("Teamvergadering 12 januari: het team staat erachter; ouderavond gehouden.");
  await item.getByRole("button", { name: "Opslaan" }).click();
  await expect(item.getByText("De randvoorwaarde is opgeslagen.")).toBeVisible();

  // The timeline shows what happened, newest first.
  await school
    .getByRole("navigation", { name: "Onderdelen van het initiatief" })
    .getByRole("link", { name: "Activiteit" })
    .click();
  await expect(school.getByRole("main")).toContainText("Draagvlak bij team en ouders");
  await expect(school.getByRole("main")).toContainText(title);
  await expectNoAxeViolations(school);
});
