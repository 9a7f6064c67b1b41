"use client";
import { useTranslations } from "next-intl";
import { inviteGuardianAction } from "@/lib/children/guardian-actions";
import { ZInviteGuardian } from "@/lib/children/schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

/** A guardian invites another parent of the initiative, by e-mail address, as the child's guardian. */
export function InviteGuardianForm({ childId }: { childId: string }) {
  const t = useTranslations("guardians");
  const kit = useServerForm({
    schema: ZInviteGuardian,
    action: inviteGuardianAction,
    hidden: { childId },
    idPrefix: "guardian-",
    defaultValues: { email: "" },
    labels: { email: t("email") },
    onSuccess: () => kit.form.reset({ childId, email: "" }),
  });
  return (
    <ServerForm kit={kit} className="space-y-3">
      {kit.data && <Notice tone="success">{t("invited")}</Notice>}
      <FormField name="email" help={t("emailHelp")} required>
        {(control) => <input {...control} type="email" autoComplete="off" className={inputClass} />}
      </FormField>
      <SubmitButton label={t("invite")} pendingLabel={t("inviting")} className={buttonSecondary} />
    </ServerForm>
  );
}
