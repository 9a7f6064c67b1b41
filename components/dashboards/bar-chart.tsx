import { Table, Td, Th, THead } from "../ui/table";

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** How the value reads in the table (a count, an amount). */
  display: string;
}

/**
 * A horizontal bar chart with its table beside it. The bars are decoration for sighted users
 * (hidden from assistive technology); the table carries the same figures for everyone.
 */
export function BarChartWithTable({
  title,
  rows,
  labelHeader,
  valueHeader,
}: {
  title: string;
  rows: BarRow[];
  labelHeader: string;
  valueHeader: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <figure aria-hidden="true" className="space-y-2">
        {rows.map((r) => (
          <div key={r.key} className="grid grid-cols-[8rem_1fr] items-center gap-2 text-sm">
            <span className="truncate text-slate-700">{r.label}</span>
            <span className="flex items-center gap-2">
              <span
                className="h-4 rounded-sm bg-brand-700"
                style={{ width: `${Math.max(r.value > 0 ? 2 : 0, (r.value / max) * 100)}%` }}
              />
            </span>
          </div>
        ))}
      </figure>
      <Table caption={title}>
        <THead>
          <Th>{labelHeader}</Th>
          <Th numeric>{valueHeader}</Th>
        </THead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <Th scope="row" anywhere>
                {r.label}
              </Th>
              <Td numeric>{r.display}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
