"use client";
import Link from "next/link";
import { useSelectedLayoutSegments } from "next/navigation";
import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { linkClass } from "@/components/ui/styles";

export type InitiativeTab = "overview" | "arrangement" | "meetings" | "conditions" | "activity";

/** Tab → the first URL segment below /initiatieven/[id] ("" is the overview itself). */
const TABS: { tab: InitiativeTab; segment: string }[] = [
  { tab: "overview", segment: "" },
  { tab: "arrangement", segment: "arrangement" },
  { tab: "meetings", segment: "overleggen" },
  { tab: "conditions", segment: "randvoorwaarden" },
  { tab: "activity", segment: "activiteit" },
];

/** Steps are part of the overview (its stappenplan), so a step page sits under that tab. */
const SECTION_OF: Record<string, string> = { stappen: "" };

export type BackLinks = {
  /** From a tab page: back to the list of initiatives. */
  home: { href: string; label: string };
  /** From a page inside a section (a step, a meeting, the arrangement's versions): back to that section. */
  [section: string]: { href: string; label: string };
};

/**
 * Where we are below /initiatieven/[id], from the URL segments (a layout is not given the
 * pathname). A tab page is the section's own page; anything deeper is a sub-page of it.
 */
export function useInitiativeSection() {
  const segments = useSelectedLayoutSegments();
  const first = segments[0] ?? "";
  const section = SECTION_OF[first] ?? first;
  const isTabPage = segments.length === 0 || (segments.length === 1 && !(first in SECTION_OF));
  return { first, section, isTabPage };
}

/**
 * The frame around every initiative page: the way back, the initiative's name as the page
 * heading on the tab pages (a sub-page such as a step has a heading of its own) and the tabs.
 */
export function InitiativeFrame({ initiativeId, name, back }: { initiativeId: string; name: string; back: BackLinks }) {
  const { first, section, isTabPage } = useInitiativeSection();
  const link = (isTabPage ? null : back[first]) ?? back.home;
  return (
    <>
      <p className="mb-4">
        <Link href={link.href} className={linkClass}>
          ← {link.label}
        </Link>
      </p>
      {isTabPage && <PageHeader title={name} />}
      <InitiativeTabs initiativeId={initiativeId} section={section} isTabPage={isTabPage} />
    </>
  );
}

/**
 * The sections of one initiative. The current one is marked visibly and for screen readers:
 * aria-current="page" on its own page, "true" on a page inside it (the link is not this page).
 */
function InitiativeTabs({
  initiativeId,
  section,
  isTabPage,
}: {
  initiativeId: string;
  section: string;
  isTabPage: boolean;
}) {
  const t = useTranslations("tabs");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {TABS.map(({ tab, segment }) => {
          const current = segment === section;
          return (
            <li key={tab}>
              <Link
                href={`/initiatieven/${initiativeId}${segment ? `/${segment}` : ""}`}
                aria-current={current ? (isTabPage ? "page" : "true") : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-3 py-2 font-medium ${current ? "border-brand-700 text-slate-950" : "border-transparent text-brand-700 underline underline-offset-2 hover:text-brand-800"}`}
              >
                {t(tab)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
