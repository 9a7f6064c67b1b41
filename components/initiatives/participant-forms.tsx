"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addOrganisationAction, inviteParentAction } from "@/lib/initiatives/actions";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

type Option = { id: string; name: string; kind: string };

export function AddOrganisationForm({ initiativeId, options }: { initiativeId: string; options: Option[] }) {
  const t = useTranslations("participants");
  const tKind = useTranslations("orgKind");
  const [state, action] = useActionState(addOrganisationAction, null);
  const errors = useErrorText(state);
  const kinds = [...new Set(options.map((o) => o.kind))];
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      {state?.ok && <Notice tone="success">{t("added", { organisation: state.data.organisationName })}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Field
        id="organisationId"
        label={t("organisation")}
        help={t("organisationHelp")}
        errors={errors.field("organisationId")}
      >
        {(aria) => (
          <select
            {...aria}
            name="organisationId"
            required
            className={inputClass}
            key={state?.ok ? state.data.organisationName : "select"}
          >
            <option value="">{t("chooseOrganisation")}</option>
            {kinds.map((k) => (
              <optgroup key={k} label={tKind(k)}>
                {options
                  .filter((o) => o.kind === k)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton label={t("add")} pendingLabel={t("adding")} className={buttonSecondary} />
    </form>
  );
}

export function InviteParentForm({ initiativeId }: { initiativeId: string }) {
  const t = useTranslations("participants");
  const [state, action] = useActionState(inviteParentAction, null);
  const errors = useErrorText(state);
  return (
    <form action={action} className="space-y-3" key={state?.ok ? state.data.email : "form"}>
      <input type="hidden" name="initiativeId" value={initiativeId} />
      {state?.ok && <Notice tone="success">{t("parentInvited", { email: state.data.email })}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Field id="parent-email" label={t("parentEmail")} help={t("parentHelp")} errors={errors.field("email")}>
        {(aria) => (
          <input
            {...aria}
            name="email"
            type="email"
            required
            defaultValue={errors.value("email")}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton label={t("inviteParent")} pendingLabel={t("inviting")} className={buttonSecondary} />
    </form>
  );
}
