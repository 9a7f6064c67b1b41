"use client";
import type { ReactNode } from "react";
import { FormProvider } from "react-hook-form";
import { ErrorSummary } from "./error-summary";
import type { FailedResult } from "./form-errors";
import { ServerFormContext } from "./form-context";
import type { ServerFormKit } from "./use-server-form";

/**
 * The one <form> of the app. It posts to the server action by itself (so it works before
 * hydration and with scripts blocked); with JavaScript, onSubmit validates first and sends the
 * same FormData in a transition, keeping every field as typed. noValidate: the schema's message
 * is the only one a field shows, never a browser bubble as well.
 */
export function ServerForm<T>({
  kit,
  className,
  conflict,
  children,
  "aria-label": ariaLabel,
}: {
  kit: ServerFormKit<T>;
  className?: string;
  /** How this form shows a stale save (both versions); without it, the conflict message. */
  conflict?: (result: FailedResult) => ReactNode;
  children: ReactNode;
  "aria-label"?: string;
}) {
  return (
    <ServerFormContext.Provider value={kit as ServerFormKit}>
      <FormProvider {...kit.form}>
        <form
          action={kit.formAction}
          onSubmit={kit.onSubmit}
          noValidate
          className={className ?? "space-y-4"}
          aria-label={ariaLabel}
        >
          {Object.entries(kit.hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <ErrorSummary conflict={kit.conflict && conflict ? conflict(kit.conflict) : undefined} />
          {children}
        </form>
      </FormProvider>
    </ServerFormContext.Provider>
  );
}
