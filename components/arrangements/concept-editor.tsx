"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { createArrangementAction, saveConceptAction } from "@/lib/arrangements/actions";
import { SCENARIOS } from "@/lib/stappenplan/template-types";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { buttonPrimary, buttonSecondary, inputClass, linkClass } from "../ui/styles";
import { LineRow, type LineDraft } from "./line-row";

export interface ConceptDraft {
  scenario: string;
  periodStart: string;
  periodEnd: string;
  groupSize: string;
  lines: Omit<LineDraft, "uid">[];
}

const blankLine = (): Omit<LineDraft, "uid"> => ({
  lineKey: "",
  component: "",
  description: "",
  fundingStream: "",
  payerOrganisationId: "",
  providerOrganisationId: "",
  hoursPerWeek: "",
  amount: "",
  rationale: "",
});

/**
 * The whole concept in one form. Rows are added and removed here; the server gives new rows
 * their lineKey. A new arrangement is created with the first save, then the page shows it.
 */
export function ConceptEditor(props: {
  initiativeId: string;
  versionId: string | null;
  lockVersion: number;
  draft: ConceptDraft;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("arrangements");
  const ts = useTranslations("scenario");
  const router = useRouter();
  // Whether this editor opened on a new arrangement. Kept from the first render: the save's
  // response already carries the re-rendered page, in which the new concept has a versionId.
  const [creating] = useState(!props.versionId);
  const run: typeof saveConceptAction = creating ? createArrangementAction : saveConceptAction;
  const [state, action] = useActionState(run, null);
  const [pending, startTransition] = useTransition();
  // Submitting through a transition (not <form action>) keeps React from resetting the form
  // after a failed save, which would blank the controlled selects while their state is kept.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => (action as unknown as (payload: FormData) => void)(data));
  };
  const errors = useErrorText(state);
  const [meta, setMeta] = useState({
    scenario: props.draft.scenario,
    periodStart: props.draft.periodStart,
    periodEnd: props.draft.periodEnd,
    groupSize: props.draft.groupSize,
  });
  const [lines, setLines] = useState<LineDraft[]>(() =>
    (props.draft.lines.length ? props.draft.lines : [blankLine()]).map((l, i) => ({ ...l, uid: `i${i}` })),
  );
  const addedRef = useRef<string | null>(null);
  const lockVersion = state?.ok ? state.data.lockVersion : props.lockVersion;
  const arrangementHref = `/initiatieven/${props.initiativeId}/arrangement`;

  useEffect(() => {
    if (state?.ok && creating) router.push(arrangementHref);
  }, [state, creating, router, arrangementHref]);
  useEffect(() => {
    // Focus the first field of a row just added, so keyboard users continue there.
    if (addedRef.current) document.getElementById(`line-${addedRef.current}-component`)?.focus();
    addedRef.current = null;
  }, [lines.length]);

  const add = () => {
    const row = { ...blankLine(), uid: `n${Date.now()}${Math.random().toString(36).slice(2)}` };
    addedRef.current = row.uid;
    setLines((ls) => [...ls, row]);
  };
  const remove = (i: number) => {
    setLines((ls) => ls.filter((_, j) => j !== i));
    document.getElementById("add-line")?.focus();
  };
  const update = (i: number, patch: Partial<LineDraft>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const metaField = (name: keyof typeof meta) => ({
    name,
    value: meta[name],
    onChange: (e: { target: { value: string } }) => setMeta((m) => ({ ...m, [name]: e.target.value })),
  });

  if (props.organisations.length === 0) return <Notice>{t("editor.noOrganisations")}</Notice>;
  return (
    <form onSubmit={submit} className="space-y-6">
      <input type="hidden" name="initiativeId" value={props.initiativeId} />
      {!creating && props.versionId && <input type="hidden" name="versionId" value={props.versionId} />}
      {!creating && props.versionId && <input type="hidden" name="lockVersion" value={lockVersion} />}
      {state?.ok && (
        <Notice tone="success">
          {creating ? t("editor.created") : t("editor.saved")}{" "}
          <Link href={arrangementHref} className={linkClass}>
            {t("editor.toArrangement")}
          </Link>
        </Notice>
      )}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {errors.field("lines") && <Notice tone="error">{errors.field("lines")!.join(" ")}</Notice>}
      <fieldset className="min-w-0 space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("editor.meta")}</legend>
        <Field id="scenario" label={t("editor.scenario")} errors={errors.field("scenario")}>
          {(aria) => (
            <select {...aria} {...metaField("scenario")} className={inputClass}>
              <option value="">{t("editor.chooseScenario")}</option>
              {SCENARIOS.map((s) => (
                <option key={s} value={s}>
                  {ts(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="periodStart" label={t("editor.periodStart")} errors={errors.field("periodStart")}>
            {(aria) => <input {...aria} type="date" {...metaField("periodStart")} className={inputClass} />}
          </Field>
          <Field id="periodEnd" label={t("editor.periodEnd")} errors={errors.field("periodEnd")}>
            {(aria) => <input {...aria} type="date" {...metaField("periodEnd")} className={inputClass} />}
          </Field>
          <Field id="groupSize" label={t("editor.groupSize")} errors={errors.field("groupSize")}>
            {(aria) => (
              <input
                {...aria}
                type="number"
                min={1}
                max={40}
                inputMode="numeric"
                {...metaField("groupSize")}
                className={inputClass}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <section aria-labelledby="editor-lines" className="space-y-4">
        <div>
          <h2 id="editor-lines" className="text-lg font-semibold">
            {t("editor.linesTitle")}
          </h2>
          <p className="text-slate-700">{t("editor.linesHelp")}</p>
        </div>
        {lines.map((line, i) => (
          <LineRow
            key={line.uid}
            index={i}
            line={line}
            organisations={props.organisations}
            errors={errors.field}
            onChange={(patch) => update(i, patch)}
            onRemove={lines.length > 1 ? () => remove(i) : null}
          />
        ))}
        <button type="button" id="add-line" onClick={add} className={buttonSecondary}>
          {t("editor.addLine")}
        </button>
      </section>
      <button type="submit" disabled={pending} aria-disabled={pending} className={buttonPrimary}>
        <span aria-live="polite">{pending ? t("editor.saving") : t("editor.save")}</span>
      </button>
    </form>
  );
}
