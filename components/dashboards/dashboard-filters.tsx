import Link from "next/link";
import { useTranslations } from "next-intl";
import { PAGE_SIZES, SORT_KEYS, type DashboardFilters } from "@/lib/dashboards/filters";
import { PHASES } from "@/lib/initiatives/phases";
import { SCENARIOS } from "@/lib/stappenplan/template-types";
import { GetField, GetForm } from "../forms/get-form";
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
    <GetForm action="/dashboard" aria-labelledby="filters-title">
      <h3 id="filters-title" className="font-semibold">
        {t("filtersTitle")}
      </h3>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <GetField id="filter-zoek" label={t("filterSearch")} className={field} labelClassName="">
          {(control) => (
            <input
              type="search"
              {...control}
              name="zoek"
              defaultValue={filters.zoek ?? ""}
              maxLength={100}
              className={inputClass}
            />
          )}
        </GetField>
        {gemeenten.length > 0 && (
          <GetField id="filter-gemeente" label={t("filterGemeente")} className={field} labelClassName="">
            {(control) => (
              <select {...control} name="gemeente" defaultValue={filters.gemeente ?? ""} className={inputClass}>
                <option value="">{t("allGemeenten")}</option>
                {gemeenten.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            )}
          </GetField>
        )}
        <GetField id="filter-fase" label={t("filterPhase")} className={field} labelClassName="">
          {(control) => (
            <select {...control} name="fase" defaultValue={filters.fase ?? ""} className={inputClass}>
              <option value="">{t("allPhases")}</option>
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {tPhase(p)}
                </option>
              ))}
            </select>
          )}
        </GetField>
        <GetField id="filter-scenario" label={t("filterScenario")} className={field} labelClassName="">
          {(control) => (
            <select {...control} name="scenario" defaultValue={filters.scenario ?? ""} className={inputClass}>
              <option value="">{t("allScenarios")}</option>
              {SCENARIOS.map((s) => (
                <option key={s} value={s}>
                  {tScenario(s)}
                </option>
              ))}
            </select>
          )}
        </GetField>
        <GetField id="filter-sorteer" label={t("sort")} className={field} labelClassName="">
          {(control) => (
            <select {...control} name="sorteer" defaultValue={filters.sorteer} className={inputClass}>
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(`sortKey.${k}`)}
                </option>
              ))}
            </select>
          )}
        </GetField>
        <GetField id="filter-richting" label={t("direction")} className={field} labelClassName="">
          {(control) => (
            <select {...control} name="richting" defaultValue={filters.richting} className={inputClass}>
              <option value="op">{t("directionValue.op")}</option>
              <option value="af">{t("directionValue.af")}</option>
            </select>
          )}
        </GetField>
        <GetField id="filter-perPagina" label={t("pageSize")} className={field} labelClassName="">
          {(control) => (
            <select {...control} name="perPagina" defaultValue={String(filters.perPagina)} className={inputClass}>
              {PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </GetField>
        <GetField id="filter-stilDagen" label={t("stalledDays")} className={field} labelClassName="">
          {(control) => (
            <input
              type="number"
              {...control}
              name="stilDagen"
              min={7}
              max={730}
              defaultValue={filters.stilDagen}
              inputMode="numeric"
              className={inputClass}
            />
          )}
        </GetField>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary}>
          {t("apply")}
        </button>
        <Link href="/dashboard" className={linkClass}>
          {t("clear")}
        </Link>
      </div>
    </GetForm>
  );
}
