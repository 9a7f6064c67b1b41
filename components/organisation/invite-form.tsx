"use client";
import { useTranslations } from "next-intl";
import { inviteMemberAction } from "@/lib/organisations/actions";
import { MEMBER_ROLES, ZInviteMember } from "@/lib/organisations/schemas";
import { ChoiceField, FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

const EMPTY = { email: "", role: "MEDEWERKER" };

export function InviteForm() {
  const t = useTranslations("organisation");
  const tRole = useTranslations("role");
  const tHelp = useTranslations("roleHelp");
  const kit = useServerForm({
    schema: ZInviteMember,
    action: inviteMemberAction,
    idPrefix: "invite-",
    defaultValues: EMPTY,
    labels: { email: t("inviteEmail"), role: t("inviteRole") },
    // Sent: the form is ready for the next person.
    onSuccess: () => kit.form.reset(EMPTY),
  });
  return (
    <ServerForm kit={kit}>
      {kit.data && <Notice tone="success">{t("invited", { email: kit.data.email })}</Notice>}
      <FormField name="email" required>
        {(control) => <input {...control} type="email" autoComplete="off" className={inputClass} />}
      </FormField>
      <ChoiceField
        name="role"
        options={MEMBER_ROLES.map((r) => ({
          value: r,
          label: (
            <>
              <span className="font-medium">{tRole(r)}</span> — {tHelp(r)}
            </>
          ),
        }))}
      />
      <SubmitButton label={t("inviteSubmit")} pendingLabel={t("inviteSubmitting")} />
    </ServerForm>
  );
}
