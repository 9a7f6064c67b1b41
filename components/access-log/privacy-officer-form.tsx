"use client";
import { useTranslations } from "next-intl";
import { namePrivacyOfficerAction } from "@/lib/access-log/actions";
import { ZNamePrivacyOfficer } from "@/lib/access-log/schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

/** A beheerder names one member as the organisation's privacy officer, or nobody. */
export function PrivacyOfficerForm({
  members,
}: {
  members: { id: string; privacyOfficer: boolean; user: { name: string } }[];
}) {
  const t = useTranslations("accessLog");
  const current = members.find((m) => m.privacyOfficer)?.id ?? "";
  const kit = useServerForm({
    schema: ZNamePrivacyOfficer,
    action: namePrivacyOfficerAction,
    idPrefix: "privacy-officer-",
    defaultValues: { membershipId: current },
    labels: { membershipId: t("privacyOfficer") },
  });
  return (
    <ServerForm kit={kit}>
      {kit.data && <Notice tone="success">{t("saved")}</Notice>}
      <FormField name="membershipId">
        {(control) => (
          <select {...control} className={inputClass}>
            <option value="">{t("nobody")}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.user.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </ServerForm>
  );
}
