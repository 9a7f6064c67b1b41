// Sign-up with e-mail verification, password reset and change, as a person does them: in
// Chromium with the mail catcher, and with JavaScript disabled, where every form must still post
// (never a GET) and no password may ever appear in a request's address.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { extractLink, waitForMail } from "../support/mailbox";
import { expectNoAxeViolations, signIn } from "./support/session";

const unique = () => `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
const STRONG = "vlinders-boven-de-moestuin";

/** Every URL the page (and its frames) requests from now on. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

/** Signs up through the form and follows the confirmation link: returns the signed-in page. */
async function signUp(page: Page, name: string, email: string, password = STRONG) {
  const started = new Date();
  await page.goto("/registreren");
  await page.getByLabel("Uw naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Kies een wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
  await expect(page).toHaveURL(/\/registreren\/verstuurd$/);
  const mail = await waitForMail(email, { after: started, subjectIncludes: "Bevestig uw account" });
  return extractLink(mail.text, "/registreren/bevestigen/");
}

async function expectEveryFormPosts(page: Page) {
  const methods = await page.locator("form").evaluateAll((forms) => forms.map((f) => (f as HTMLFormElement).method));
  expect(methods.length).toBeGreaterThan(0);
  expect(methods.every((m) => m === "post")).toBe(true);
}

test("a parent signs up, confirms from the e-mail, is signed in and can start an initiative", async ({ page }) => {
  const email = `ouder.${unique()}@voorbeeld.nl`;
  const scripts: number[] = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() === "script") scripts.push((await r.body()).length);
  });
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account aanmaken");
  await expectNoAxeViolations(page);
  // The dictionaries (about 880 KB) are not part of the page: they come once someone types.
  const loadedBefore = scripts.length;
  expect(Math.max(...scripts)).toBeLessThan(600_000);

  // Feedback while typing, announced; the server still decides.
  await page.getByLabel("Uw naam").fill("Fatima el Amrani");
  await page.getByLabel("E-mailadres").fill(email);
  const password = page.getByLabel("Kies een wachtwoord");
  await password.fill("Welkom2026!!");
  const meter = page.getByRole("status").filter({ hasText: "Sterkte van het wachtwoord" });
  await expect(meter).toContainText("makkelijk te raden");
  expect(Math.max(...scripts.slice(loadedBefore))).toBeGreaterThan(600_000);
  await password.fill("amrani-fietst-naar-school");
  await expect(meter).toContainText("mag uw naam of (een deel van) uw e-mailadres niet bevatten");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(password).toHaveAccessibleDescription(/mag uw naam of \(een deel van\) uw e-mailadres niet bevatten/);
  await expect(page.getByLabel("Uw naam")).toHaveValue("Fatima el Amrani");
  await expectNoAxeViolations(page);
  await password.fill(STRONG);
  await expect(meter).toContainText("Sterk genoeg.");

  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
  await expectNoAxeViolations(page);
  const mail = await waitForMail(email, { subjectIncludes: "Bevestig uw account" });
  const link = extractLink(mail.text, "/registreren/bevestigen/");

  await page.goto(link);
  await expect(page.getByText(`Bevestig het account voor ${email}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Account bevestigen" }).click();
  await page.waitForURL((url) => url.pathname === "/initiatieven/nieuw");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatief starten");
  await expect(page.getByRole("banner")).toContainText("Persoonlijk (ouder)");

  // The link has done its work.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Deze link werkt niet (meer)" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("signing up with an address that has an account answers the same and mails its owner", async ({ page }) => {
  const started = new Date();
  await page.goto("/registreren");
  await page.getByLabel("Uw naam").fill("Iemand Anders");
  await page.getByLabel("E-mailadres").fill("zorg@demo.test");
  await page.getByLabel("Kies een wachtwoord").fill(STRONG);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
  const mail = await waitForMail("zorg@demo.test", { after: started });
  expect(mail.subject).toBe("U heeft al een account bij Samen naar School");
  expect(extractLink(mail.text, "/wachtwoord-vergeten")).toBeTruthy();
});

test("a forgotten password is reset by e-mail, which ends the other sessions; changing it asks the current one", async ({
  page,
  browser,
}) => {
  const email = `reset.${unique()}@voorbeeld.nl`;
  await page.goto(await signUp(page, "Ruben Bos", email));
  await page.getByRole("button", { name: "Account bevestigen" }).click();
  await page.waitForURL((url) => url.pathname === "/initiatieven/nieuw");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, email, STRONG);

  const started = new Date();
  const forgot = await (await browser.newContext()).newPage();
  await forgot.goto("/inloggen");
  await forgot.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expectNoAxeViolations(forgot);
  await forgot.getByLabel("E-mailadres").fill(email);
  await forgot.getByRole("button", { name: "Stuur mij een herstellink" }).click();
  await expect(forgot.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
  await expectNoAxeViolations(forgot);
  const mail = await waitForMail(email, { after: started, subjectIncludes: "nieuw wachtwoord" });
  const link = extractLink(mail.text, "/wachtwoord-herstellen/");
  await forgot.goto(link);
  await expectNoAxeViolations(forgot);
  const newPassword = "kastanjes-rapen-in-het-park";
  await forgot.getByLabel("Nieuw wachtwoord").fill(newPassword);
  await forgot.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await forgot.waitForURL((url) => url.pathname === "/inloggen");
  await expect(forgot.getByText("Uw wachtwoord is gewijzigd en u bent overal uitgelogd.")).toBeVisible();

  // Both earlier sessions are over.
  await other.goto("/account");
  await expect(other).toHaveURL(/\/inloggen/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen/);

  // Changing it on the account page: the current password first; this session stays.
  await signIn(page, email, newPassword);
  await signIn(other, email, newPassword);
  await page.goto("/account");
  await expectNoAxeViolations(page);
  const current = page.getByLabel("Huidig wachtwoord");
  await current.fill("niet-het-goede-wachtwoord");
  await page.getByLabel("Nieuw wachtwoord").fill(STRONG);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(current).toHaveAccessibleDescription("Het huidige wachtwoord klopt niet.");
  await current.fill(newPassword);
  await page.getByLabel("Nieuw wachtwoord").fill(STRONG);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("Uw wachtwoord is gewijzigd. Uw andere sessies zijn beëindigd.")).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/account$/);
  await other.goto("/account");
  await expect(other).toHaveURL(/\/inloggen/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  async function pageWithoutScripts(browser: Browser): Promise<Page> {
    return (await browser.newContext({ javaScriptEnabled: false })).newPage();
  }

  test("signing up, confirming and signing in post every form and never put the password in an address", async ({
    page,
    browser,
  }) => {
    const urls = recordUrls(page);
    const email = `zonder.${unique()}@voorbeeld.nl`;
    const password = "appelbomen-in-de-boomgaard";

    // A refused password comes back on its field; the name is kept, the password is not.
    await page.goto("/registreren");
    await expectEveryFormPosts(page);
    await page.getByLabel("Uw naam").fill("Zeger Zonderscript");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Kies een wachtwoord").fill("Welkom2026!!");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByLabel("Kies een wachtwoord")).toHaveAccessibleDescription(/makkelijk te raden/);
    await expect(page.getByLabel("Uw naam")).toHaveValue("Zeger Zonderscript");
    await expect(page.getByLabel("Kies een wachtwoord")).toHaveValue("");
    expect(await page.content()).not.toContain("Welkom2026!!");

    const link = await signUp(page, "Zeger Zonderscript", email, password);
    await page.goto(link);
    await expectEveryFormPosts(page);
    await page.getByRole("button", { name: "Account bevestigen" }).click();
    await page.waitForURL((url) => url.pathname === "/initiatieven/nieuw");

    // Signing in on another device, first with a wrong password.
    const other = await pageWithoutScripts(browser);
    const otherUrls = recordUrls(other);
    await other.goto("/inloggen");
    await expectEveryFormPosts(other);
    await other.locator("#email").fill(email);
    await other.locator("#password").fill("niet-het-goede-wachtwoord");
    await other.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(other.getByText("Het e-mailadres of wachtwoord klopt niet.")).toBeVisible();
    await other.locator("#password").fill(password);
    await other.getByRole("button", { name: "Inloggen", exact: true }).click();
    await other.waitForURL((url) => url.pathname === "/");

    // A reset without JavaScript: the link's page posts the new password, and the other device is out.
    const started = new Date();
    const resetPage = await pageWithoutScripts(browser);
    const resetUrls = recordUrls(resetPage);
    await resetPage.goto("/wachtwoord-vergeten");
    await resetPage.getByLabel("E-mailadres").fill(email);
    await resetPage.getByRole("button", { name: "Stuur mij een herstellink" }).click();
    await expect(resetPage.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
    const mail = await waitForMail(email, { after: started, subjectIncludes: "nieuw wachtwoord" });
    await resetPage.goto(extractLink(mail.text, "/wachtwoord-herstellen/"));
    await expectEveryFormPosts(resetPage);
    const newPassword = "kastanjes-rapen-in-het-park";
    await resetPage.getByLabel("Nieuw wachtwoord").fill(newPassword);
    await resetPage.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await resetPage.waitForURL((url) => url.pathname === "/inloggen");
    await expect(resetPage.getByText("Uw wachtwoord is gewijzigd en u bent overal uitgelogd.")).toBeVisible();
    await other.goto("/account");
    await expect(other).toHaveURL(/\/inloggen/);

    for (const url of [...urls, ...otherUrls, ...resetUrls]) {
      for (const secret of [password, newPassword, "Welkom2026!!", "niet-het-goede-wachtwoord"]) {
        expect(url).not.toContain(secret);
        expect(url).not.toContain(encodeURIComponent(secret));
      }
    }
    expect(otherUrls.length).toBeGreaterThan(3);
  });

  test("the reset forms post too", async ({ page }) => {
    const urls = recordUrls(page);
    await page.goto("/wachtwoord-vergeten");
    await expectEveryFormPosts(page);
    await page.getByLabel("E-mailadres").fill("niemand@voorbeeld.nl");
    await page.getByRole("button", { name: "Stuur mij een herstellink" }).click();
    await expect(page.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
    expect(urls.some((u) => u.includes("niemand"))).toBe(false);
  });
});
