import type { ReactNode } from "react";

/** The dashboards' small tables: a hidden caption, column headers, rows from the caller; scrolls sideways on a phone. */
export function CompactTable({
  caption,
  headers,
  children,
}: {
  caption: string;
  headers: string[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {headers.map((h, i) => (
              <th key={h} scope="col" className={i < headers.length - 1 ? "py-2 pr-4" : "py-2"}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
