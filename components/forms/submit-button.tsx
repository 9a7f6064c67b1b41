"use client";
import { useFormStatus } from "react-dom";
import { buttonPrimary } from "../ui/styles";

/** Disabled while the form is on its way, with a visible and announced busy label. */
export function SubmitButton({
  label,
  pendingLabel,
  className,
}: {
  label: string;
  pendingLabel: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={className ?? buttonPrimary}>
      <span aria-live="polite">{pending ? pendingLabel : label}</span>
    </button>
  );
}
