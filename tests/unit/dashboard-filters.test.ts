import { describe, expect, it } from "vitest";
import { dashboardQuery, parseDashboardFilters } from "../../lib/dashboards/filters";

describe("dashboard filters from the address bar", () => {
  it("reads valid values", () => {
    expect(
      parseDashboardFilters({
        gemeente: "org_gm0758",
        fase: "INRICHTING",
        scenario: "SCENARIO_2",
        zoek: " Vlinder ",
        sorteer: "bijgewerkt",
        richting: "af",
        pagina: "3",
        perPagina: "50",
        stilDagen: "90",
      }),
    ).toEqual({
      gemeente: "org_gm0758",
      fase: "INRICHTING",
      scenario: "SCENARIO_2",
      zoek: "Vlinder",
      sorteer: "bijgewerkt",
      richting: "af",
      pagina: 3,
      perPagina: 50,
      stilDagen: 90,
    });
  });

  it("falls back to defaults for unknown or malformed values instead of failing", () => {
    expect(
      parseDashboardFilters({
        gemeente: "<script>",
        fase: "ONZIN",
        scenario: "3",
        zoek: "x".repeat(500),
        sorteer: "'; DROP TABLE",
        richting: "sideways",
        pagina: "-4",
        perPagina: "100000",
        stilDagen: "abc",
      }),
    ).toEqual({
      gemeente: undefined,
      fase: undefined,
      scenario: undefined,
      zoek: undefined,
      sorteer: "naam",
      richting: "op",
      pagina: 1,
      perPagina: 25,
      stilDagen: 60,
    });
  });

  it("caps the page size to the offered sizes and takes the first of repeated keys", () => {
    expect(parseDashboardFilters({ perPagina: "1000" }).perPagina).toBe(25);
    expect(parseDashboardFilters({ perPagina: "100" }).perPagina).toBe(100);
    expect(parseDashboardFilters({ fase: ["UITVOERING", "BORGING"] }).fase).toBe("UITVOERING");
  });

  it("writes addresses without the defaults, so links stay short and shareable", () => {
    expect(dashboardQuery({ fase: "UITVOERING", pagina: 1, sorteer: "naam", zoek: "De Klas" })).toBe(
      "/dashboard?fase=UITVOERING&zoek=De+Klas",
    );
    expect(dashboardQuery({}, "/api/dashboard/initiatieven")).toBe("/api/dashboard/initiatieven");
  });
});
