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
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {labelHeader}
            </th>
            <th scope="col" className="py-2 text-right">
              {valueHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {r.label}
              </th>
              <td className="py-2 text-right tabular-nums">{r.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
