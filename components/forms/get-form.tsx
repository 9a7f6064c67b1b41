// The kit's form for looking things up rather than changing them (filters, a version picker): a
// plain GET, so the choice lands in the address (bookmarkable, shareable, the back button works)
// and it works without JavaScript. It carries no credentials and no server action, so it needs
// neither validation nor kept input: the page reads its own search params. Server-renderable.
import type { ReactNode } from "react";

export function GetForm({
  action,
  className,
  children,
  "aria-label": ariaLabel,
  "aria-labelledby": ariaLabelledBy,
}: {
  /** The page the choice opens; the current page when left out. */
  action?: string;
  className?: string;
  children: ReactNode;
  "aria-label"?: string;
  "aria-labelledby"?: string;
}) {
  return (
    <form
      method="get"
      action={action}
      className={className ?? "space-y-4"}
      aria-label={ariaLabel}
      aria-labelledby={ariaLabelledBy}
    >
      {children}
    </form>
  );
}

/** A labelled control of a GetForm: the label names the control it wraps by id. */
export function GetField({
  id,
  label,
  className,
  labelClassName,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  labelClassName?: string;
  children: (control: { id: string }) => ReactNode;
}) {
  return (
    <div className={className ?? "space-y-1"}>
      <label htmlFor={id} className={labelClassName ?? "block font-medium"}>
        {label}
      </label>
      {children({ id })}
    </div>
  );
}
