"use client";
// One form, two validators, no lost input: react-hook-form checks the fields with the server's own
// zod schema before anything is sent; the server action checks everything again and its field
// errors land on the same fields. The action is called in a transition rather than through the
// form's action attribute, because React resets a form after an action submitted that way, and a
// failed save must keep what the person typed. Without JavaScript the same <form> posts to the
// same action and the page re-renders with the result (see ServerForm).
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useState, useSyncExternalStore, type FormEvent } from "react";
import { get, useForm, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { failed, flattenErrors, splitServerErrors, type FailedResult } from "./form-errors";
import { withEchoedValues } from "./nest-values";

export type ServerAction<T> = (previous: unknown, input: FormData) => Promise<ActionResult<T>>;
type HiddenValue = string | number;

export interface ServerFormOptions<T> {
  /** The schema the server action parses (or a .pick()/.extend() of it); never a copy. */
  schema: z.ZodType;
  action: ServerAction<T>;
  /** Field values as the form shows them: strings as FormData sends them, booleans for checkboxes. */
  defaultValues?: Record<string, unknown>;
  /**
   * Values posted with the form that the person does not edit (ids, version); a function when
   * they follow the last answer (the version after a save or a conflict).
   */
  hidden?: Record<string, HiddenValue> | ((state: ActionResult<T> | null) => Record<string, HiddenValue>);
  /** Field name → label, in form order: used by the fields and by the error summary. */
  labels: Record<string, string>;
  /** Prefix for control ids, when the same form can appear twice on a page. */
  idPrefix?: string;
  onSuccess?: (data: T) => void;
}

export interface ServerFormKit<T = unknown> {
  form: UseFormReturn<FieldValues>;
  state: ActionResult<T> | null;
  formAction: (payload: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  hidden: Record<string, HiddenValue>;
  labels: Record<string, string>;
  fieldId: (name: string) => string;
  /** The message key a field shows, if any (one per field). */
  fieldError: (name: string) => string | undefined;
  /** Every field error by name (message keys). */
  fieldErrors: Record<string, string>;
  /** Form-level errors as namespaced keys ("errors.conflict", "validation.invalid"). */
  formErrors: string[];
  /** The failed result of a stale save, while it is the latest answer. */
  conflict: FailedResult | null;
  /** The data of the last successful save. */
  data: T | null;
  /** Changes after every failed submit (client check or server answer); the error summary takes focus then. */
  failure: unknown;
}

const subscribeNothing = () => () => undefined;
/** False while rendering on the server and hydrating, true once the browser runs the form. */
function useHydrated() {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

export function useServerForm<T>(options: ServerFormOptions<T>): ServerFormKit<T> {
  const { schema, action, labels, idPrefix = "", onSuccess } = options;
  const [state, formAction, actionPending] = useActionState(action, null);
  const hidden = typeof options.hidden === "function" ? options.hidden(state) : (options.hidden ?? {});
  // A result the person has since submitted over: its messages no longer apply.
  const [superseded, setSuperseded] = useState<ActionResult<T> | null>(null);
  // A fresh token for every submit the schema refused in the browser.
  const [invalidSubmit, setInvalidSubmit] = useState<object | null>(null);
  const hydrated = useHydrated();
  const latest = state !== superseded ? state : null;
  const echoed = failed(state)?.values;

  const form = useForm<FieldValues>({
    // Validation only: what is posted is the form's own FormData, exactly as without JavaScript.
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    // After a failed post without JavaScript the page re-renders: show what was sent.
    defaultValues: withEchoedValues({ ...hidden, ...options.defaultValues }, echoed),
    shouldFocusError: false, // the error summary takes focus instead
  });
  const { setError, clearErrors, getValues } = form;

  const isField = (name: string) => !(name in hidden) && (name in labels || get(getValues(), name) !== undefined);
  const server = splitServerErrors(latest, isField);

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      clearErrors();
      onSuccess?.(state.data);
      return;
    }
    for (const [name, key] of Object.entries(splitServerErrors(state, isField).fields))
      setError(name, { type: "server", message: key });
    // Only a new answer from the server should run this, not a new isField.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const fieldErrors = hydrated ? flattenErrors(form.formState.errors) : server.fields;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formEl = event.currentTarget;
    // Read now: validation is async, and by then the pressed button is disabled (pending), and a
    // disabled button's name and value are no longer part of the form's data.
    const data = new FormData(formEl, (event.nativeEvent as SubmitEvent).submitter);
    setSuperseded(state);
    setInvalidSubmit(null);
    void form.handleSubmit(
      () => startTransition(() => formAction(data)),
      () => setInvalidSubmit({}),
    )(event);
  };

  const result = failed(latest);
  return {
    form,
    state,
    formAction,
    onSubmit,
    pending: actionPending || form.formState.isSubmitting,
    hidden,
    labels,
    fieldId: (name) => `${idPrefix}${name}`,
    fieldError: (name) => fieldErrors[name],
    fieldErrors,
    formErrors: server.form,
    conflict: result?.code === "CONFLICT" ? result : null,
    data: state?.ok ? state.data : null,
    failure: failed(latest) ?? invalidSubmit,
  };
}
