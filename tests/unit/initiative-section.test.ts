import { describe, expect, it } from "vitest";
import { initiativeSection } from "../../components/initiatives/initiative-section";

describe("initiativeSection (which tab an initiative page belongs to)", () => {
  it.each([
    [[], "overview"],
    [["kinderen"], "children"],
    [["arrangement"], "arrangement"],
    [["overleggen"], "meetings"],
    [["randvoorwaarden"], "conditions"],
    [["activiteit"], "activity"],
  ])("marks the tab's own page %j as the current page", (segments, tab) => {
    expect(initiativeSection(segments)).toMatchObject({ tab, isTabPage: true, current: "page" });
  });

  it.each([
    [["stappen", "stp_1"], "overview", "stappen"],
    [["overleggen", "mtg_1"], "meetings", "overleggen"],
    [["kinderen", "chd_1"], "children", "kinderen"],
    [["kinderen", "chd_1", "bewerken"], "children", "kinderen"],
    [["arrangement", "versies"], "arrangement", "arrangement"],
    [["arrangement", "bewerken"], "arrangement", "arrangement"],
  ])("puts the sub-page %j inside its tab, not on it", (segments, tab, first) => {
    expect(initiativeSection(segments)).toMatchObject({ tab, first, isTabPage: false, current: "true" });
  });

  it("marks no tab for a segment it does not know", () => {
    expect(initiativeSection(["onbekend"]).tab).toBeNull();
  });
});
