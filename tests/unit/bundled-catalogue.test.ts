import { describe, expect, it } from "vitest";
import { BUNDLED_CATALOGUES } from "../../lib/i18n/bundled-catalogues";
import { readCatalogue } from "../../lib/i18n/catalogue";
import { LOCALES } from "../../lib/i18n/config";

// The browser's texts come from the bundled module, the server's from messages/<locale>/*.json:
// a file added to one and not the other would show as missing texts in client components only.
describe("the catalogues bundled for the browser", () => {
  it.each(LOCALES)("%s holds exactly the messages the server reads", (locale) => {
    expect(BUNDLED_CATALOGUES[locale]).toEqual(readCatalogue(locale));
  });
});
