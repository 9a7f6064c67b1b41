"use client";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";

/** Turns an action result's message keys into Dutch (or English) text. */
export function useErrorText(state: ActionResult<unknown> | null) {
  const tv = useTranslations("validation");
  const te = useTranslations("errors");
  const failed = state && !state.ok ? state : null;
  return {
    field: (name: string) => failed?.fieldErrors?.[name]?.map((key) => (tv.has(key) ? tv(key) : tv("invalid"))),
    form: failed?.formError
      ? te.has(failed.formError)
        ? te(failed.formError)
        : te("unexpected")
      : failed?.fieldErrors?._form?.map((key) => (tv.has(key) ? tv(key) : tv("invalid"))).join(" "),
    value: (name: string) => failed?.values?.[name],
  };
}
