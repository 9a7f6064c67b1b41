"use client";
import Link from "next/link";
import { useSelectedLayoutSegments } from "next/navigation";
import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { linkClass } from "@/components/ui/styles";
import { INITIATIVE_TABS, initiativeSection, type InitiativeTab } from "./initiative-section";

export type BackLinks = {
  /** From a tab page: back to the list of initiatives. */
  home: { href: string; label: string };
  /** From a page inside a section (a step, a meeting, the arrangement's versions): back to that section. */
  [section: string]: { href: string; label: string };
};

/**
 * The frame around every initiative page: the way back, the initiative's name as the page
 * heading on the tab pages (a sub-page such as a step has a heading of its own) and the tabs.
 */
export function InitiativeFrame({ initiativeId, name, back }: { initiativeId: string; name: string; back: BackLinks }) {
  const { first, tab, isTabPage, current } = initiativeSection(useSelectedLayoutSegments());
  const link = (isTabPage ? null : back[first]) ?? back.home;
  return (
    <>
      <p className="mb-4">
        <Link href={link.href} className={linkClass}>
          ← {link.label}
        </Link>
      </p>
      {isTabPage && <PageHeader title={name} />}
      <InitiativeTabs initiativeId={initiativeId} active={tab} current={current} />
    </>
  );
}

/**
 * The sections of one initiative. The current one is marked visibly and for screen readers:
 * aria-current="page" on its own page, "true" on a page inside it (the link is not this page).
 */
function InitiativeTabs({
  initiativeId,
  active,
  current,
}: {
  initiativeId: string;
  active: InitiativeTab | null;
  current: "page" | "true";
}) {
  const t = useTranslations("tabs");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {INITIATIVE_TABS.map(({ tab, segment }) => {
          const isActive = tab === active;
          return (
            <li key={tab}>
              <Link
                href={`/initiatieven/${initiativeId}${segment ? `/${segment}` : ""}`}
                aria-current={isActive ? current : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-3 py-2 font-medium ${isActive ? "border-brand-700 text-slate-950" : "border-transparent text-brand-700 underline underline-offset-2 hover:text-brand-800"}`}
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
