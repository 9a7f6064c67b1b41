import { useTranslations } from "next-intl";
import type { RegionRow } from "@/lib/dashboards/national";
import { PHASES } from "@/lib/initiatives/phases";
import { Table, Td, Th, THead } from "../ui/table";

export function RegionTable({ regions }: { regions: RegionRow[] }) {
  const t = useTranslations("dashboard");
  const tPhase = useTranslations("phase");
  return (
    <Table caption={t("regionsTitle")} minWidth="min-w-[40rem]" maxHeight="max-h-[32rem]">
      <THead>
        <Th>{t("region")}</Th>
        {PHASES.map((p) => (
          <Th key={p} numeric>
            {tPhase(p)}
          </Th>
        ))}
        <Th numeric>{t("total")}</Th>
      </THead>
      <tbody>
        {regions.map((r) => (
          <tr key={r.swvId ?? "none"}>
            <Th scope="row" anywhere>
              {r.name ? `${r.name}${r.code ? ` (${r.code})` : ""}` : t("noRegion")}
            </Th>
            {PHASES.map((p) => (
              <Td key={p} numeric>
                {r.byPhase[p]}
              </Td>
            ))}
            <Td numeric strong>
              {r.total}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
