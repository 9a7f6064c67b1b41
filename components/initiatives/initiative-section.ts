// Where a page sits below /initiatieven/[id], from its URL segments: which tab it belongs to
// and whether it is that tab's own page or a page inside it. Pure, so it is tested on its own.

export type InitiativeTab = "overview" | "children" | "arrangement" | "meetings" | "conditions" | "activity";

/** Tab → the first URL segment below /initiatieven/[id] ("" is the overview itself). */
export const INITIATIVE_TABS: { tab: InitiativeTab; segment: string }[] = [
  { tab: "overview", segment: "" },
  { tab: "children", segment: "kinderen" },
  { tab: "arrangement", segment: "arrangement" },
  { tab: "meetings", segment: "overleggen" },
  { tab: "conditions", segment: "randvoorwaarden" },
  { tab: "activity", segment: "activiteit" },
];

/** Sections without a tab of their own: steps belong to the overview (its stappenplan). */
const SECTION_OF: Record<string, string> = { stappen: "" };

export function initiativeSection(segments: string[]) {
  const first = segments[0] ?? "";
  const section = SECTION_OF[first] ?? first;
  const isTabPage = segments.length === 0 || (segments.length === 1 && !(first in SECTION_OF));
  const tab = INITIATIVE_TABS.find((t) => t.segment === section)?.tab ?? null;
  /** aria-current for the tab: "page" on its own page, "true" on a page inside it. */
  const current: "page" | "true" = isTabPage ? "page" : "true";
  return { first, tab, isTabPage, current };
}
