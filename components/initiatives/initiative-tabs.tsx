import Link from "next/link";
import { useTranslations } from "next-intl";

export type InitiativeTab = "overview" | "arrangement" | "meetings" | "conditions" | "activity";

const TABS: { tab: InitiativeTab; path: string }[] = [
  { tab: "overview", path: "" },
  { tab: "arrangement", path: "/arrangement" },
  { tab: "meetings", path: "/overleggen" },
  { tab: "conditions", path: "/randvoorwaarden" },
  { tab: "activity", path: "/activiteit" },
];

/** The sections of one initiative; the current one is marked for screen readers and visibly. */
export function InitiativeTabs({ initiativeId, active }: { initiativeId: string; active: InitiativeTab }) {
  const t = useTranslations("tabs");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {TABS.map(({ tab, path }) => {
          const current = tab === active;
          return (
            <li key={tab}>
              <Link
                href={`/initiatieven/${initiativeId}${path}`}
                aria-current={current ? "page" : undefined}
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
