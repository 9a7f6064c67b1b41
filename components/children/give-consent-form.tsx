"use client";
import { useTranslations } from "next-intl";
import { get } from "react-hook-form";
import { giveConsentAction } from "@/lib/children/consent-actions";
import { ZGiveConsentForm } from "@/lib/children/consent-schemas";
import { FormField } from "../forms/form-field";
import { validationText, type KeyTranslator } from "../forms/form-errors";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

type Scope = "ONDERWIJS" | "ZORG" | "FINANCIERING";

/** A guardian gives consent to one participating organisation for one or more scopes. */
export function GiveConsentForm(props: {
  childId: string;
  organisations: { id: string; name: string }[];
  scopes: readonly Scope[];
}) {
  const t = useTranslations("consent");
  const tScope = useTranslations("children.consentScope");
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const empty = { organisationId: "", scopes: props.scopes.map(() => false), endsOn: "" };
  const kit = useServerForm({
    schema: ZGiveConsentForm,
    action: giveConsentAction,
    hidden: { childId: props.childId },
    idPrefix: "consent-",
    defaultValues: empty,
    labels: { organisationId: t("organisation"), scopes: t("scopesLabel"), endsOn: t("endsOn") },
    onSuccess: () => kit.form.reset({ childId: props.childId, ...empty }),
  });
  const scopeError = kit.fieldError("scopes");
  const scopeErrorId = scopeError ? "consent-scopes-error" : undefined;
  return (
    <ServerForm kit={kit}>
      {kit.data && <Notice tone="success">{t("given")}</Notice>}
      <FormField name="organisationId" help={t("organisationHelp")} required>
        {(control) => (
          <select {...control} className={inputClass}>
            <option value="">{t("chooseOrganisation")}</option>
            {props.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset
        aria-describedby={["consent-scopes-help", scopeErrorId].filter(Boolean).join(" ")}
        aria-invalid={scopeError ? true : undefined}
      >
        <legend className="font-medium">{t("scopesLabel")}</legend>
        <p id="consent-scopes-help" className="text-sm text-slate-700">
          {t("scopesHelp")}
        </p>
        <div className="mt-2 space-y-2">
          {props.scopes.map((scope, i) => (
            <label key={scope} className="flex min-w-0 items-start gap-2">
              <input
                {...kit.form.register(`scopes.${i}`)}
                type="checkbox"
                // The error summary links to the first scope.
                id={i === 0 ? kit.fieldId("scopes") : undefined}
                value={scope}
                defaultChecked={get(kit.form.formState.defaultValues, `scopes.${i}`) === scope}
                className="mt-0.5 h-5 w-5 shrink-0"
              />
              <span className="min-w-0">
                <span className="font-medium">{tScope(scope)}</span>
                <span className="block text-sm text-slate-700">{t(`scopeExplanation.${scope}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {scopeError && (
          <p id={scopeErrorId} className="mt-1 text-sm font-medium text-red-800">
            {validationText(tv, scopeError)}
          </p>
        )}
      </fieldset>
      <FormField name="endsOn" help={t("endsOnHelp")}>
        {(control) => <input {...control} type="date" className={`${inputClass} sm:max-w-xs`} />}
      </FormField>
      <SubmitButton label={t("give")} pendingLabel={t("giving")} />
    </ServerForm>
  );
}
