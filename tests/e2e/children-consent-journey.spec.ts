// Need-to-know in the browser: a parent adds a child and gives consent to the school and not to
// the care provider. The school's beheerder sees the child, the care provider only a count; after
// the parent withdraws, the school no longer sees it (404 on the child's page, on its next request).
import { expect, test, type Page } from "@playwright/test";
import { extractLink, waitForMail } from "../support/mailbox";
import { startInitiative, uniqueName } from "./support/initiative";
import { expectNoAxeViolations, signedInPage } from "./support/session";

const SCHOOL = "Basisschool De Vlinderboom";
const ZORG = "Stichting Kinderzorg Baronie";

/** The row of the "consent that holds now" table for an organisation. */
const currentRow = (page: Page, organisation: string) =>
  page
    .getByRole("table", { name: "Toestemming die nu geldt, per organisatie en onderdeel" })
    .getByRole("row")
    .filter({ hasText: organisation });

test("consent decides who sees a child, and withdrawing it takes effect on the next request", async ({ browser }) => {
  test.setTimeout(180_000); // three accounts, two organisations accepting, a dozen pages with axe
  const name = uniqueName("Samen naar School Haagse Beemden");
  const parent = await signedInPage(browser, "ouder@demo.test");
  const initiative = await startInitiative(parent, { name, participants: [SCHOOL, ZORG] });

  // The parent adds a child on the initiative's children page (the founding parent: confirmed at once).
  const child = `Ilse ${Date.now().toString(36).slice(-4)}`;
  await parent.goto(`${initiative}/kinderen`);
  await parent.getByLabel("Naam (voornaam of initialen)").fill(child);
  await parent.getByLabel("Geboortejaar").fill("2019");
  await parent.getByRole("button", { name: "Kind toevoegen" }).click();
  await parent.getByRole("link", { name: child }).click();
  await parent.waitForURL(/\/kinderen\/[^/]+$/);
  const childPage = new URL(parent.url()).pathname;

  // Consent page: the scopes explained; no consent yet.
  await parent.goto(`${childPage}/toestemming`);
  await expect(parent.getByRole("heading", { level: 1, name: `Toestemming voor ${child}` })).toBeVisible();
  await expect(parent.getByText("U heeft nog geen enkele organisatie toestemming gegeven.")).toBeVisible();
  await expectNoAxeViolations(parent);

  // Without a scope: a Dutch message on the checkboxes, nothing saved.
  await parent.getByLabel("Organisatie", { exact: true }).selectOption({ label: SCHOOL });
  await parent.getByRole("button", { name: "Toestemming geven" }).click();
  await expect(parent.getByText("Kies minstens één onderdeel", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(parent);

  // Consent to the school for onderwijs, from the keyboard; none to the care provider.
  await parent.getByRole("checkbox", { name: /Onderwijs/ }).focus();
  await parent.keyboard.press("Space");
  await parent.getByRole("button", { name: "Toestemming geven" }).click();
  await expect(parent.getByText("De toestemming is opgeslagen.")).toBeVisible();
  await expect(currentRow(parent, SCHOOL)).toContainText("Onderwijs");
  await expect(currentRow(parent, ZORG)).toHaveCount(0);
  await expectNoAxeViolations(parent);

  // The school's beheerder sees the child; the care provider sees a count and no child.
  const school = await signedInPage(browser, "school@demo.test");
  await school.goto(`${initiative}/kinderen`);
  await expect(school.getByRole("link", { name: child })).toBeVisible();
  expect((await school.goto(childPage))?.status()).toBe(200);
  await expect(school.getByRole("heading", { level: 1, name: child })).toBeVisible();
  // The consent page is the guardians' own: not for the school.
  expect((await school.goto(`${childPage}/toestemming`))?.status()).toBe(404);

  const zorg = await signedInPage(browser, "zorg@demo.test");
  await zorg.goto(`${initiative}/kinderen`);
  await expect(zorg.getByText(/1 kind\b/).first()).toBeVisible();
  await expect(zorg.getByRole("link", { name: child })).toHaveCount(0);
  expect((await zorg.goto(childPage))?.status()).toBe(404);

  // The parent withdraws, after confirming; the history keeps both events, newest first.
  await parent.reload();
  await currentRow(parent, SCHOOL).getByRole("button", { name: "Intrekken" }).click();
  const dialog = parent.getByRole("dialog", { name: `Toestemming intrekken voor ${SCHOOL}?` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(parent);
  await dialog.getByRole("button", { name: "Ja, trek in" }).click();
  await expect(currentRow(parent, SCHOOL)).toHaveCount(0);
  const history = parent.getByRole("table", { name: "Geschiedenis van de toestemming, nieuwste eerst" });
  await expect(history.getByRole("row").nth(1)).toContainText("Ingetrokken");
  await expect(history.getByRole("row").nth(2)).toContainText("Gegeven");
  await expect(history).toContainText("Sanne de Vries");

  // On the school's next request the child is gone.
  expect((await school.goto(childPage))?.status()).toBe(404);
  await school.goto(`${initiative}/kinderen`);
  await expect(school.getByRole("link", { name: child })).toHaveCount(0);

  // The parents page: the parent as guardian; invitations refused with a Dutch message on the field.
  await parent.goto(`${childPage}/ouders`);
  await expect(parent.getByRole("heading", { level: 1, name: `Ouders van ${child}` })).toBeVisible();
  await expect(parent.getByRole("table", { name: `Ouders en verzorgers van ${child}` })).toContainText(
    "Sanne de Vries (u)",
  );
  await expectNoAxeViolations(parent);
  const email = parent.getByLabel("E-mailadres van de ouder");
  const invite = parent.getByRole("button", { name: "Uitnodigen" });
  await email.fill("school@demo.test");
  await invite.click();
  await expect(parent.getByText("hoort bij iemand die al in een andere rol meedoet").first()).toBeVisible();
  await email.fill("ouder.alkmaar@demo.test");
  await invite.click();
  await expect(parent.getByText("Nodig deze ouder eerst uit voor het initiatief").first()).toBeVisible();
  await email.fill("ouder@demo.test");
  await invite.click();
  await expect(parent.getByText("Deze persoon is al ouder of verzorger van dit kind").first()).toBeVisible();
  await expectNoAxeViolations(parent);
  // Someone else's parents page does not exist for the school.
  expect((await school.goto(`${childPage}/ouders`))?.status()).toBe(404);
});

test("a parent invited as a child's guardian accepts on the home page and can then receive a mandate", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const name = uniqueName("Samen naar School Ginneken");
  const parent = await signedInPage(browser, "ouder@demo.test");
  const initiative = await startInitiative(parent, { name });

  // Lotte (a parent elsewhere) joins this initiative as a parent through the e-mailed link.
  const lotte = "ouder.heiloo@demo.test";
  const started = new Date();
  await parent.getByLabel("Ouder uitnodigen (e-mailadres)").fill(lotte);
  await parent.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(parent.getByText(`Uitnodiging verstuurd naar ${lotte}.`)).toBeVisible();
  const link = extractLink((await waitForMail(lotte, { after: started })).text, "/uitnodiging/");
  const other = await signedInPage(browser, lotte);
  await other.goto(link);
  await other.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await other.waitForURL((url) => !url.pathname.startsWith("/uitnodiging"));

  // Sanne adds her child and invites Lotte as its second guardian.
  const child = `Sem ${Date.now().toString(36).slice(-4)}`;
  await parent.goto(`${initiative}/kinderen`);
  await parent.getByLabel("Naam (voornaam of initialen)").fill(child);
  await parent.getByLabel("Geboortejaar").fill("2018");
  await parent.getByRole("button", { name: "Kind toevoegen" }).click();
  await parent.getByRole("link", { name: child }).click();
  await parent.waitForURL(/\/kinderen\/[^/]+$/);
  const parentsPage = `${new URL(parent.url()).pathname}/ouders`;
  await parent.goto(parentsPage);
  await parent.getByLabel("E-mailadres van de ouder").fill(lotte);
  await parent.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(parent.getByText("De uitnodiging is verstuurd.")).toBeVisible();
  await parent.reload();
  const guardians = parent.getByRole("table", { name: `Ouders en verzorgers van ${child}` });
  await expect(guardians.getByRole("row").filter({ hasText: "Lotte Schouten" })).toContainText(
    "Uitgenodigd, nog niet geaccepteerd",
  );

  // Lotte finds the invitation on her home page and accepts it.
  await other.goto("/");
  const panel = other.getByRole("region", { name: "Ouder van een kind worden" });
  const row = panel.getByRole("listitem").filter({ hasText: child });
  await expect(row).toContainText(`Sanne de Vries nodigt u uit als ouder of verzorger van ${child}`);
  await expectNoAxeViolations(other);
  await row.getByRole("button", { name: "Accepteren" }).click();
  await expect(row).toHaveCount(0);

  // Now a confirmed guardian: Sanne can mandate her, and revoke it again after confirming.
  await parent.reload();
  await expect(guardians.getByRole("row").filter({ hasText: "Lotte Schouten" })).toContainText("Bevestigd");
  await parent.getByLabel("Machtigen").selectOption({ label: "Lotte Schouten" });
  await parent.getByRole("button", { name: "Machtigen" }).click();
  // The mandate shows in the table; Lotte is no longer offered (she has one from Sanne).
  const mandates = parent.getByRole("table", { name: `Machtigingen voor ${child}` });
  await expect(mandates).toContainText("Door u gegeven");
  await expect(parent.getByText("Er is geen andere bevestigde ouder in dit initiatief om te machtigen.")).toBeVisible();
  await expectNoAxeViolations(parent);
  await mandates.getByRole("button", { name: "Intrekken" }).click();
  const dialog = parent.getByRole("dialog", { name: "Machtiging van Sanne de Vries aan Lotte Schouten intrekken?" });
  await dialog.getByRole("button", { name: "Ja, trek in" }).click();
  await expect(mandates).toContainText("Ingetrokken op");
});
