import { useTranslations } from "next-intl";
import { dashboardQuery, type DashboardFilters } from "@/lib/dashboards/filters";
import { linkClass } from "../ui/styles";

/** Download link for a dashboard list; the export applies the same filters as the screen. */
export function CsvLink({
  list,
  listLabel,
  filters,
}: {
  list: "initiatieven" | "stilstaand" | "steunvragen";
  listLabel: string;
  filters: Partial<DashboardFilters>;
}) {
  const t = useTranslations("dashboard");
  const rest = { ...filters, pagina: undefined, perPagina: undefined }; // the export has every page
  return (
    <a
      href={dashboardQuery(rest, `/api/dashboard/${list}`)}
      download
      className={linkClass}
      aria-label={t("exportCsvLabel", { list: listLabel })}
    >
      {t("exportCsv")}
    </a>
  );
}
