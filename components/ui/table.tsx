import type { ReactNode } from "react";

// One look for every data table: the same cell padding, rules between rows and header row,
// whatever renders the cells (the padding sits on the table, so rows from other components
// match too). Tables scroll sideways inside their own box on a phone instead of the page.

const cells =
  "[&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2 [&_th]:align-top " +
  "[&_thead_tr]:border-b [&_thead_tr]:border-slate-300 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200";

/**
 * A data table with its caption (read out by screen readers; shown when `showCaption`).
 * `minWidth` (a Tailwind class such as "min-w-[40rem]") keeps wide tables legible on a phone:
 * the box around them then scrolls, and is focusable and named so a keyboard can scroll it.
 * `maxHeight` (such as "max-h-[32rem]") scrolls long tables vertically under a sticky header.
 */
export function Table({
  caption,
  showCaption = false,
  minWidth,
  maxHeight,
  size = "sm",
  children,
}: {
  caption: string;
  showCaption?: boolean;
  minWidth?: string;
  maxHeight?: string;
  size?: "sm" | "base";
  children: ReactNode;
}) {
  const scrolls = Boolean(minWidth || maxHeight);
  return (
    <div
      className={
        maxHeight ? `${maxHeight} overflow-auto [&_thead]:sticky [&_thead]:top-0 [&_thead]:bg-white` : "overflow-x-auto"
      }
      {...(scrolls ? { role: "region", "aria-label": caption, tabIndex: 0 } : {})}
    >
      <table
        className={`w-full border-collapse text-left ${size === "sm" ? "text-sm" : "text-base"} ${minWidth ?? ""} ${cells}`}
      >
        <caption className={showCaption ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The header row: pass <Th> cells. */
export function THead({ children }: { children: ReactNode }) {
  return (
    <thead>
      <tr>{children}</tr>
    </thead>
  );
}

/**
 * A header cell: a column header by default, or a row header (`scope="row"`, in normal weight
 * unless `strong`). `numeric` aligns figures to the right; `anywhere` lets long names break.
 */
export function Th({
  scope = "col",
  numeric = false,
  strong,
  anywhere = false,
  children,
}: {
  scope?: "col" | "row";
  numeric?: boolean;
  strong?: boolean;
  anywhere?: boolean;
  children?: ReactNode;
}) {
  const classes = [
    (strong ?? scope === "col") ? "font-semibold" : "font-normal",
    numeric && "text-right",
    anywhere && "[overflow-wrap:anywhere]",
  ];
  return (
    <th scope={scope} className={classes.filter(Boolean).join(" ") || undefined}>
      {children}
    </th>
  );
}

/**
 * A data cell. `numeric`: right-aligned figures of equal width; `anywhere`: long names and
 * free text break instead of widening the table; `preLine`: keeps the text's line breaks.
 */
export function Td({
  numeric = false,
  nowrap = false,
  anywhere = false,
  preLine = false,
  strong = false,
  children,
}: {
  numeric?: boolean;
  nowrap?: boolean;
  anywhere?: boolean;
  preLine?: boolean;
  strong?: boolean;
  children?: ReactNode;
}) {
  const classes = [
    numeric && "text-right tabular-nums",
    nowrap && "whitespace-nowrap",
    anywhere && "[overflow-wrap:anywhere]",
    preLine && "whitespace-pre-line",
    strong && "font-medium",
  ];
  return <td className={classes.filter(Boolean).join(" ") || undefined}>{children}</td>;
}
