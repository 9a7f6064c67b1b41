// The files every browser asks for by itself, signed in or not: the favicon, the web app
// manifest and the icons it names. Before public/ existed, every page load ended in a 404 here.
import { expect, test } from "@playwright/test";

test("favicon, manifest and app icons answer without signing in", async ({ request }) => {
  const favicon = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an .ico header

  const apple = await request.get("/apple-touch-icon.png", { maxRedirects: 0 });
  expect(apple.status()).toBe(200);
  expect(apple.headers()["content-type"]).toBe("image/png");

  const manifest = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as { name: string; icons: { src: string; sizes: string }[] };
  expect(body.name).toBe("Samen naar School");
  expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of body.icons) {
    expect((await request.get(icon.src, { maxRedirects: 0 })).status(), icon.src).toBe(200);
  }
});

test("pages link the icon and the manifest", async ({ page }) => {
  await page.goto("/inloggen");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
});
