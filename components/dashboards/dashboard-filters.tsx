import Link from "next/link";
import { useTranslations } from "next-intl";
import { PAGE_SIZES, SORT_KEYS, type DashboardFilters } from "@/lib/dashboards/filters";
import { PHASES } from "@/lib/initiatives/phases";
import { SCENARIOS } from "@/lib/stappenplan/template-types";
import { buttonPrimary, inputClass, linkClass } from "../ui/styles";

/** A plain GET form: the filters live in the address, so a filtered view can be shared or bookmarked. */
export function DashboardFiltersForm({
  filters,
  gemeenten,
}: {
  filters: DashboardFilters;
  gemeenten: { id: string; name: string }[];
}) {
  const t = useTranslations("dashboard");
  const tPhase = useTranslations("phase");
  const tScenario = useTranslations("scenario");
  const field = "flex min-w-0 flex-col gap-1 text-sm font-medium";
  return (
    <form method="get" action="/dashboard" className="space-y-4" aria-labelledby="filters-title">
      <h3 id="filters-title" className="font-semibold">
        {t("filtersTitle")}
      </h3>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className={field}>
          <label htmlFor="filter-zoek">{t("filterSearch")}</label>
          <input
            type="search"
            id="filter-zoek"
            name="zoek"
            defaultValue={filters.zoek ?? ""}
            maxLength={100}
            className={inputClass}
          />
        </div>
        {gemeenten.length > 0 && (
          <div className={field}>
            <label htmlFor="filter-gemeente">{t("filterGemeente")}</label>
            <select id="filter-gemeente" name="gemeente" defaultValue={filters.gemeente ?? ""} className={inputClass}>
              <option value="">{t("allGemeenten")}</option>
              {gemeenten.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className={field}>
          <label htmlFor="filter-fase">{t("filterPhase")}</label>
          <select id="filter-fase" name="fase" defaultValue={filters.fase ?? ""} className={inputClass}>
            <option value="">{t("allPhases")}</option>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {tPhase(p)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="filter-scenario">{t("filterScenario")}</label>
          <select id="filter-scenario" name="scenario" defaultValue={filters.scenario ?? ""} className={inputClass}>
            <option value="">{t("allScenarios")}</option>
            {SCENARIOS.map((s) => (
              <option key={s} value={s}>
                {tScenario(s)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="filter-sorteer">{t("sort")}</label>
          <select id="filter-sorteer" name="sorteer" defaultValue={filters.sorteer} className={inputClass}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`sortKey.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="filter-richting">{t("direction")}</label>
          <select id="filter-richting" name="richting" defaultValue={filters.richting} className={inputClass}>
            <option value="op">{t("directionValue.op")}</option>
            <option value="af">{t("directionValue.af")}</option>
          </select>
        </div>
        <div className={field}>
          <label htmlFor="filter-perPagina">{t("pageSize")}</label>
          <select
            id="filter-perPagina"
            name="perPagina"
            defaultValue={String(filters.perPagina)}
            className={inputClass}
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="filter-stilDagen">{t("stalledDays")}</label>
          <input
            type="number"
            id="filter-stilDagen"
            name="stilDagen"
            min={7}
            max={730}
            defaultValue={filters.stilDagen}
            inputMode="numeric"
            className={inputClass}
          />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary}>
          {t("apply")}
        </button>
        <Link href="/dashboard" className={linkClass}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
