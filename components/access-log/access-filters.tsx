import Link from "next/link";
import { useTranslations } from "next-intl";
import { ACCESS_ACTIONS, PARENTS, type AccessFilters } from "@/lib/access-log/queries";
import { GetField, GetForm } from "../forms/get-form";
import { buttonPrimary, inputClass, linkClass } from "../ui/styles";

/**
 * Filters of an access log as a plain GET form: by organisation (a child's log) or by person (an
 * organisation's log), and by what was done. `actions` limits the choice to those that apply.
 */
export function AccessFiltersForm({
  action,
  filters,
  organisations,
  people,
  actions = ACCESS_ACTIONS,
}: {
  action: string;
  filters: AccessFilters;
  organisations?: { id: string; name: string }[];
  people?: { id: string; name: string }[];
  actions?: readonly (typeof ACCESS_ACTIONS)[number][];
}) {
  const t = useTranslations("accessLog");
  const field = "flex min-w-0 flex-col gap-1 text-sm font-medium";
  const filtered = Boolean(filters.organisation || filters.action || filters.person);
  return (
    <GetForm action={action} aria-labelledby="access-filters-title">
      <h2 id="access-filters-title" className="font-semibold">
        {t("filters")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {organisations && (
          <GetField id="filter-organisatie" label={t("organisation")} className={field} labelClassName="">
            {(control) => (
              <select {...control} name="organisatie" defaultValue={filters.organisation ?? ""} className={inputClass}>
                <option value="">{t("allOrganisations")}</option>
                <option value={PARENTS}>{t("parents")}</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </GetField>
        )}
        {people && (
          <GetField id="filter-persoon" label={t("person")} className={field} labelClassName="">
            {(control) => (
              <select {...control} name="persoon" defaultValue={filters.person ?? ""} className={inputClass}>
                <option value="">{t("allPeople")}</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </GetField>
        )}
        <GetField id="filter-actie" label={t("what")} className={field} labelClassName="">
          {(control) => (
            <select {...control} name="actie" defaultValue={filters.action ?? ""} className={inputClass}>
              <option value="">{t("allActions")}</option>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {t(`action.${a}`)}
                </option>
              ))}
            </select>
          )}
        </GetField>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary}>
          {t("apply")}
        </button>
        {filtered && (
          <Link href={action} className={linkClass}>
            {t("clear")}
          </Link>
        )}
      </div>
    </GetForm>
  );
}

/** The address of a page of the log with the same filters. */
export function accessPageHref(base: string, filters: AccessFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.organisation) query.set("organisatie", filters.organisation);
  if (filters.person) query.set("persoon", filters.person);
  if (filters.action) query.set("actie", filters.action);
  if (page > 1) query.set("pagina", String(page));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
