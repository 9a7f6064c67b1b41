import type { ReactNode } from "react";
import { Table, Th, THead } from "../ui/table";

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
    <Table caption={caption} minWidth="min-w-[28rem]">
      <THead>
        {headers.map((h) => (
          <Th key={h}>{h}</Th>
        ))}
      </THead>
      <tbody>{children}</tbody>
    </Table>
  );
}
