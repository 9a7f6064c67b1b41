"use client";
import { useTranslations } from "next-intl";
import { addChildAction } from "@/lib/children/actions";
import { ZAddChild } from "@/lib/children/schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

/** A parent adds their child: a first name or initials and a birth year, nothing more to start. */
export function AddChildForm({ initiativeId }: { initiativeId: string }) {
  const t = useTranslations("children");
  const kit = useServerForm({
    schema: ZAddChild,
    action: addChildAction,
    hidden: { initiativeId },
    idPrefix: "add-child-",
    defaultValues: { displayName: "", birthYear: "" },
    labels: { displayName: t("displayName"), birthYear: t("birthYear") },
    onSuccess: () => kit.form.reset({ displayName: "", birthYear: "" }),
  });
  return (
    <ServerForm kit={kit}>
      {kit.data && <Notice tone="success">{kit.data.guardianConfirmed ? t("added") : t("addedPending")}</Notice>}
      <FormField name="displayName" help={t("displayNameHelp")} required>
        {(control) => <input {...control} maxLength={40} autoComplete="off" className={inputClass} />}
      </FormField>
      <FormField name="birthYear" help={t("birthYearHelp")} required>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            className={`${inputClass} max-w-[8rem]`}
          />
        )}
      </FormField>
      <SubmitButton label={t("add")} pendingLabel={t("adding")} />
    </ServerForm>
  );
}
