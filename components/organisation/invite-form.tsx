"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteMemberAction } from "@/lib/organisations/actions";
import { MEMBER_ROLES } from "@/lib/organisations/schemas";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

export function InviteForm() {
  const t = useTranslations("organisation");
  const tRole = useTranslations("role");
  const tHelp = useTranslations("roleHelp");
  const [state, action] = useActionState(inviteMemberAction, null);
  const errors = useErrorText(state);
  return (
    <form action={action} className="space-y-4" key={state?.ok ? state.data.email : "form"}>
      {state?.ok && <Notice tone="success">{t("invited", { email: state.data.email })}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Field id="invite-email" label={t("inviteEmail")} errors={errors.field("email")}>
        {(aria) => (
          <input
            {...aria}
            name="email"
            type="email"
            autoComplete="off"
            required
            defaultValue={errors.value("email")}
            className={inputClass}
          />
        )}
      </Field>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("inviteRole")}</legend>
        {MEMBER_ROLES.map((r) => (
          <label key={r} className="flex items-start gap-2">
            <input
              type="radio"
              name="role"
              value={r}
              defaultChecked={(errors.value("role") ?? "MEDEWERKER") === r}
              className="mt-1 h-5 w-5"
            />
            <span>
              <span className="font-medium">{tRole(r)}</span> — {tHelp(r)}
            </span>
          </label>
        ))}
        {errors.field("role") && <p className="text-sm font-medium text-red-800">{errors.field("role")!.join(" ")}</p>}
      </fieldset>
      <SubmitButton label={t("inviteSubmit")} pendingLabel={t("inviteSubmitting")} />
    </form>
  );
}
