"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useFieldArray } from "react-hook-form";
import { useRowMoves } from "@/components/forms/field-array";
import { validationText, type KeyTranslator } from "@/components/forms/form-errors";
import { FormField } from "@/components/forms/form-field";
import { ServerForm } from "@/components/forms/server-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm, type ServerAction } from "@/components/forms/use-server-form";
import { createArrangementAction, saveConceptAction } from "@/lib/arrangements/actions";
import { withProvisionalLineKeys, ZCreateArrangement, ZSaveConcept } from "@/lib/arrangements/form";
import { MAX_LINES } from "@/lib/arrangements/schemas";
import { SCENARIOS } from "@/lib/stappenplan/template-types";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass, linkClass } from "../ui/styles";
import { ConceptConflict } from "./concept-conflict";
import { LINE_FIELDS, LineRow, type LineDraft, type LineField } from "./line-row";
import { RunningTotals } from "./running-totals";

export interface ConceptDraft {
  scenario: string;
  periodStart: string;
  periodEnd: string;
  groupSize: string;
  lines: LineDraft[];
}

const blankLine = (): LineDraft => ({
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

const FIELD_LABEL = {
  component: "editor.component",
  fundingStream: "editor.stream",
  description: "editor.description",
  payerOrganisationId: "editor.payer",
  providerOrganisationId: "editor.provider",
  hoursPerWeek: "editor.hours",
  amount: "editor.amount",
  rationale: "editor.rationale",
} as const satisfies Record<LineField, string>;

type Saved = { versionId: string; lockVersion: number };

/**
 * The whole concept in one form on the form kit: the lines are a field array (add, remove, move
 * with the keyboard) with running totals per stream. The server gives new rows their lineKey and
 * checks what the browser cannot know (payers must take part); its refusal of one row lands on
 * that row. A new arrangement is created with the first save, then the page shows it.
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
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const router = useRouter();
  // Whether this editor opened on a new arrangement. Kept from the first render: the save's
  // response already carries the re-rendered page, in which the new concept has a versionId.
  const [creating] = useState(!props.versionId);
  const arrangementHref = `/initiatieven/${props.initiativeId}/arrangement`;
  const { lines, ...meta } = props.draft;
  const kit = useServerForm<Saved>({
    schema: withProvisionalLineKeys(creating ? ZCreateArrangement : ZSaveConcept),
    action: (creating ? createArrangementAction : saveConceptAction) as ServerAction<Saved>,
    defaultValues: { ...meta, lines: lines.length ? lines : [blankLine()] },
    hidden:
      creating || !props.versionId
        ? { initiativeId: props.initiativeId }
        : { initiativeId: props.initiativeId, versionId: props.versionId, lockVersion: props.lockVersion },
    labels: {
      scenario: t("editor.scenario"),
      periodStart: t("editor.periodStart"),
      periodEnd: t("editor.periodEnd"),
      groupSize: t("editor.groupSize"),
    },
    onSuccess: () => {
      if (creating) router.push(arrangementHref);
    },
  });
  const { fields, append, remove, move } = useFieldArray({ control: kit.form.control, name: "lines" });
  const moves = useRowMoves(move, (to) => t("editor.moved", { position: to + 1, count: fields.length }));

  // A stale save: fetch the stored concept (the page's props) to show both versions; saving
  // again over the stored lock version keeps the person's own.
  const conflictLock = kit.conflict?.current?.lockVersion;
  useEffect(() => {
    if (kit.conflict) router.refresh();
  }, [kit.conflict, router]);
  const lockVersion = kit.data?.lockVersion ?? (typeof conflictLock === "number" ? conflictLock : props.lockVersion);

  const rowLabel = (index: number, field: LineField) =>
    `${t("editor.line", { number: index + 1 })}: ${t(FIELD_LABEL[field])}`;
  // The error summary names row fields with their row; the fields themselves just "Betaler".
  const editorKit = {
    ...kit,
    hidden: "lockVersion" in kit.hidden ? { ...kit.hidden, lockVersion } : kit.hidden,
    labels: {
      ...kit.labels,
      ...Object.fromEntries(
        fields.flatMap((_, i) => LINE_FIELDS.map((f) => [`lines.${i}.${f}`, rowLabel(i, f)] as const)),
      ),
    },
  };

  if (props.organisations.length === 0) return <Notice>{t("editor.noOrganisations")}</Notice>;
  const linesError = kit.fieldError("lines");
  return (
    <ServerForm
      kit={editorKit}
      className="space-y-6"
      conflict={() => <ConceptConflict stored={props.draft} organisations={props.organisations} />}
    >
      {kit.data && (
        <Notice tone="success">
          {creating ? t("editor.created") : t("editor.saved")}{" "}
          <Link href={arrangementHref} className={linkClass}>
            {t("editor.toArrangement")}
          </Link>
        </Notice>
      )}
      <fieldset className="min-w-0 space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("editor.meta")}</legend>
        <FormField name="scenario">
          {(control) => (
            <select {...control} className={inputClass}>
              <option value="">{t("editor.chooseScenario")}</option>
              {SCENARIOS.map((s) => (
                <option key={s} value={s}>
                  {ts(s)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField name="periodStart">
            {(control) => <input {...control} type="date" className={inputClass} />}
          </FormField>
          <FormField name="periodEnd">
            {(control) => <input {...control} type="date" className={inputClass} />}
          </FormField>
          <FormField name="groupSize">
            {(control) => (
              <input {...control} type="number" min={1} max={40} inputMode="numeric" className={inputClass} />
            )}
          </FormField>
        </div>
      </fieldset>
      <section aria-labelledby="editor-lines" className="space-y-4">
        <div>
          <h2 id="editor-lines" className="text-lg font-semibold">
            {t("editor.linesTitle")}
          </h2>
          <p className="text-slate-700">{t("editor.linesHelp")}</p>
        </div>
        {linesError && (
          <p id={kit.fieldId("lines")} tabIndex={-1} className="font-medium text-red-800">
            {validationText(tv, linesError)}
          </p>
        )}
        {fields.map((field, i) => (
          <LineRow
            key={field.id}
            index={i}
            rowId={field.id}
            count={fields.length}
            organisations={props.organisations}
            label={(f) => t(FIELD_LABEL[f])}
            onMove={(direction) => moves.moveRow(field.id, i, direction)}
            onRemove={
              fields.length > 1
                ? () => {
                    remove(i);
                    document.getElementById("add-line")?.focus();
                  }
                : null
            }
          />
        ))}
        <p aria-live="polite" className="sr-only">
          {moves.announcement}
        </p>
        {fields.length < MAX_LINES && (
          <button
            type="button"
            id="add-line"
            onClick={() => append(blankLine(), { focusName: `lines.${fields.length}.component` })}
            className={buttonSecondary}
          >
            {t("editor.addLine")}
          </button>
        )}
      </section>
      <RunningTotals />
      <SubmitButton label={t("editor.save")} pendingLabel={t("editor.saving")} />
    </ServerForm>
  );
}
