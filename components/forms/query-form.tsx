import type { ReactNode } from "react";

/**
 * A form that only changes the page's address (a comparison, a filter): it reads, saves nothing,
 * so it needs no server action, no schema and no JavaScript. The browser puts the fields in the
 * query string and the page renders what they select; an unknown value is the page's to ignore.
 */
export function QueryForm({
  className,
  children,
  "aria-label": ariaLabel,
}: {
  className?: string;
  children: ReactNode;
  "aria-label"?: string;
}) {
  return (
    <form method="get" className={className} aria-label={ariaLabel}>
      {children}
    </form>
  );
}
