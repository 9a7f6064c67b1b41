// Every page and route handler, requested as every demo role and anonymously, with the
// expected HTTP status. Fails when app/ has a route the matrix does not list.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { signInRequest } from "./support/session";

import { BREDA, EMAIL, WHO, type RouteEntries } from "./routes/support";

const routesDir = path.resolve("tests/e2e/routes");
const MATRIX: RouteEntries = Object.assign(
  {},
  ...(await Promise.all(
    readdirSync(routesDir)
      .filter((f) => f.endsWith(".ts") && f !== "support.ts")
      .map(async (f) => ((await import(path.join(routesDir, f))) as { routes: RouteEntries }).routes),
  )),
);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /^(page|route)\.tsx?$/.test(e.name))
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)))
    .sort();
}

test("the matrix lists every page and route handler", () => {
  expect(routeFiles("app")).toEqual(Object.keys(MATRIX).sort());
});

/** A real step id of the Breda initiative, read from its page as the steunpunt sees it. */
let bredaStep = "";
test.beforeAll(async ({ baseURL }) => {
  const request = await playwrightRequest.newContext({ baseURL });
  await signInRequest(request, EMAIL.steunpunt);
  const html = await (await request.get(`/initiatieven/${BREDA}`)).text();
  bredaStep = html.match(new RegExp(`/initiatieven/${BREDA}/stappen/([a-z0-9]+)`))?.[1] ?? "";
  await request.dispose();
  expect(bredaStep).not.toBe("");
});

for (const who of WHO) {
  test(`routes as ${who}`, async ({ baseURL }) => {
    const request = await playwrightRequest.newContext({ baseURL });
    if (who !== "anoniem") await signInRequest(request, EMAIL[who]);
    const failures: string[] = [];
    for (const [file, requests] of Object.entries(MATRIX)) {
      for (const r of requests) {
        const status = (await request.get(r.path.replace("{bredaStep}", bredaStep), { maxRedirects: 0 })).status();
        if (status !== r.expected[who]) failures.push(`${file} ${r.path}: expected ${r.expected[who]}, got ${status}`);
      }
    }
    await request.dispose();
    expect(failures).toEqual([]);
  });
}
