import type { ReactNode } from "react";

/** Label, control, help and error wired together for screen readers (aria-describedby). */
export function Field(props: {
  id: string;
  label: string;
  help?: string;
  errors?: string[];
  children: (aria: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
}) {
  const helpId = props.help ? `${props.id}-help` : undefined;
  const errorId = props.errors?.length ? `${props.id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block font-medium">
        {props.label}
      </label>
      {props.help && (
        <p id={helpId} className="text-sm text-slate-700">
          {props.help}
        </p>
      )}
      {props.children({ id: props.id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {props.errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
