"use client";
import { useTranslations } from "next-intl";
import { addOrganisationAction, inviteParentAction } from "@/lib/initiatives/actions";
import { ZAddOrganisation, ZInviteParent } from "@/lib/initiatives/participant-schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

type Option = { id: string; name: string; kind: string };

export function AddOrganisationForm({ initiativeId, options }: { initiativeId: string; options: Option[] }) {
  const t = useTranslations("participants");
  const tKind = useTranslations("orgKind");
  const kit = useServerForm({
    schema: ZAddOrganisation,
    action: addOrganisationAction,
    hidden: { initiativeId },
    defaultValues: { organisationId: "" },
    labels: { organisationId: t("organisation") },
    onSuccess: () => kit.form.reset({ initiativeId, organisationId: "" }),
  });
  const kinds = [...new Set(options.map((o) => o.kind))];
  return (
    <ServerForm kit={kit} className="space-y-3">
      {kit.data && <Notice tone="success">{t("added", { organisation: kit.data.organisationName })}</Notice>}
      <FormField name="organisationId" help={t("organisationHelp")} required>
        {(control) => (
          <select {...control} className={inputClass}>
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
      </FormField>
      <SubmitButton label={t("add")} pendingLabel={t("adding")} className={buttonSecondary} />
    </ServerForm>
  );
}

export function InviteParentForm({ initiativeId }: { initiativeId: string }) {
  const t = useTranslations("participants");
  const kit = useServerForm({
    schema: ZInviteParent,
    action: inviteParentAction,
    hidden: { initiativeId },
    idPrefix: "parent-",
    defaultValues: { email: "" },
    labels: { email: t("parentEmail") },
    onSuccess: () => kit.form.reset({ initiativeId, email: "" }),
  });
  return (
    <ServerForm kit={kit} className="space-y-3">
      {kit.data && <Notice tone="success">{t("parentInvited", { email: kit.data.email })}</Notice>}
      <FormField name="email" help={t("parentHelp")} required>
        {(control) => <input {...control} type="email" className={inputClass} />}
      </FormField>
      <SubmitButton label={t("inviteParent")} pendingLabel={t("inviting")} className={buttonSecondary} />
    </ServerForm>
  );
}
