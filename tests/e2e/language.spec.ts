import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signedInPage } from "./support/session";

// Client components take their texts from a script per language (not from the page's payload):
// switching to English must switch those texts too, and switching back restores Dutch.
test("a user switches the platform to English and back", async ({ browser }) => {
  const page = await signedInPage(browser, "swv.lezer@demo.test");
  await page.goto("/account");
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Taal opslaan" }).click();

  // The confirmation and the button are rendered in the browser; the heading on the server.
  await expect(page.getByText("Your language has been saved.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save language" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("button", { name: "Save language" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("radio", { name: "Nederlands" }).check();
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByText("De taal is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Taal opslaan" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});
