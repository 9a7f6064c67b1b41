// Erasing a child's record in the browser: the guardian reads what goes and what stays, asks
// after confirming, sees the pending banner on the child's page, and takes the request back.
// The erasure itself (after the confirmation period) is a scheduled job, tested in
// tests/integration/child-erasure.test.ts.
import { expect, test } from "@playwright/test";
import { startInitiative, uniqueName } from "./support/initiative";
import { expectNoAxeViolations, signedInPage } from "./support/session";

test("a guardian asks to erase a child's data, sees the pending banner, and takes the request back", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const parent = await signedInPage(browser, "ouder@demo.test");
  const initiative = await startInitiative(parent, { name: uniqueName("Samen naar School Wissen") });

  // The founding parent adds a child (confirmed as its guardian at once).
  const child = `Fenna ${Date.now().toString(36).slice(-4)}`;
  await parent.goto(`${initiative}/kinderen`);
  await parent.getByLabel("Naam (voornaam of initialen)").fill(child);
  await parent.getByLabel("Geboortejaar").fill("2019");
  await parent.getByRole("button", { name: "Kind toevoegen" }).click();
  await parent.getByRole("link", { name: child }).click();
  await parent.waitForURL(/\/kinderen\/[^/]+$/);
  const childPage = new URL(parent.url()).pathname;

  // The erasure page explains what goes, what stays and the confirmation period.
  await parent.getByRole("link", { name: "Gegevens wissen" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: `Gegevens van ${child} wissen` })).toBeVisible();
  await expect(parent.getByRole("heading", { name: "Wat wordt gewist" })).toBeVisible();
  await expect(parent.getByRole("heading", { name: "Wat blijft bewaard, en waarom" })).toBeVisible();
  await expect(parent.getByText(/14 dagen na uw verzoek/)).toBeVisible();
  await expectNoAxeViolations(parent);

  // Asking needs a confirmation; "Niet nu" changes nothing.
  await parent.getByRole("button", { name: "Gegevens wissen aanvragen" }).click();
  const dialog = parent.getByRole("dialog", { name: `Gegevens van ${child} wissen?` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(parent);
  await dialog.getByRole("button", { name: "Niet nu" }).click();
  await expect(dialog).toBeHidden();
  await expect(parent.getByRole("heading", { name: "Het wissen is aangevraagd" })).toHaveCount(0);

  await parent.getByRole("button", { name: "Gegevens wissen aanvragen" }).click();
  await dialog.getByRole("button", { name: "Ja, wissen aanvragen" }).click();
  await expect(parent.getByRole("heading", { name: "Het wissen is aangevraagd" })).toBeVisible();
  await expect(parent.getByText(`worden de gegevens van ${child} gewist`)).toBeVisible();
  await expectNoAxeViolations(parent);

  // The child's page carries the banner, with the way back to the request.
  await parent.goto(childPage);
  await expect(parent.getByText(`De ouders hebben gevraagd de gegevens van ${child} te wissen.`)).toBeVisible();
  await expectNoAxeViolations(parent);
  await parent.getByRole("link", { name: "Verzoek bekijken of intrekken" }).click();

  // Taking it back, after confirming: the banner is gone and the child stays.
  await parent.getByRole("button", { name: "Verzoek intrekken" }).click();
  const cancel = parent.getByRole("dialog", { name: "Verzoek om te wissen intrekken?" });
  await expect(cancel).toBeVisible();
  await cancel.getByRole("button", { name: "Ja, intrekken" }).click();
  await expect(parent.getByRole("heading", { name: "Het wissen is aangevraagd" })).toHaveCount(0);
  await expect(parent.getByRole("button", { name: "Gegevens wissen aanvragen" })).toBeVisible();
  await expectNoAxeViolations(parent);
  await parent.goto(childPage);
  await expect(parent.getByRole("heading", { level: 1, name: child })).toBeVisible();
  await expect(parent.getByText(`De ouders hebben gevraagd de gegevens van ${child} te wissen.`)).toHaveCount(0);
});
