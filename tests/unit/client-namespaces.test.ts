import { describe, expect, it } from "vitest";
import { clientNamespaces } from "../../lib/i18n/client-graph";
import { CLIENT_NAMESPACES } from "../../lib/i18n/client-namespaces";
import { readCatalogue } from "../../lib/i18n/catalogue";

describe("messages sent to the browser", () => {
  const found = clientNamespaces();

  it("include every namespace that client components (and what they import) ask for", () => {
    expect([...found.namespaces].filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  it("include nothing client code does not use", () => {
    expect(CLIENT_NAMESPACES.filter((ns) => !found.namespaces.has(ns))).toEqual([]);
  });

  it("name the namespace in client code: useTranslations() without one would need every message", () => {
    expect(found.withoutNamespace).toEqual([]);
  });

  it("exist in the catalogue", () => {
    const catalogue = readCatalogue("nl");
    expect(CLIENT_NAMESPACES.filter((ns) => !(ns in catalogue))).toEqual([]);
  });
});
