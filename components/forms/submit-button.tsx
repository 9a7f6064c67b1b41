"use client";
import { useFormStatus } from "react-dom";
import { buttonPrimary } from "../ui/styles";
import { useOptionalServerForm } from "./form-context";

/**
 * Disabled while the form is on its way, with a visible and announced busy label. Inside a
 * ServerForm the pending state is the kit's (validation and the action's transition); elsewhere
 * the browser-posted form's status.
 */
export function SubmitButton({
  label,
  pendingLabel,
  className,
  name,
  value,
}: {
  label: string;
  pendingLabel: string;
  className?: string;
  /** For forms with more than one submit button: posted with the form. */
  name?: string;
  value?: string;
}) {
  const status = useFormStatus();
  const kit = useOptionalServerForm();
  const pending = kit ? kit.pending : status.pending;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={className ?? buttonPrimary}
    >
      <span aria-live="polite">{pending ? pendingLabel : label}</span>
    </button>
  );
}
