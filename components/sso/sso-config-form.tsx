"use client";
import { useTranslations } from "next-intl";
import { saveSsoConfigAction } from "@/lib/sso/actions";
import { ZSsoConfig } from "@/lib/sso/schemas";
import { CheckboxField, FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useSavedVersion } from "../forms/saved-version";
import { useServerForm } from "../forms/use-server-form";
import { conflictTexts, VersionConflict } from "../forms/version-conflict";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

export interface SsoConfigValues {
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  enabled: boolean;
  version: number;
  hasSecret: boolean;
}

type Shown = { issuer?: unknown; clientId?: unknown; allowedDomains?: unknown; enabled?: unknown };

/** The beheerder's form. The secret is write-only: the field starts empty, and empty keeps the stored one. */
export function SsoConfigForm({ config }: { config: SsoConfigValues | null }) {
  const t = useTranslations("sso");
  const kit = useServerForm({
    schema: ZSsoConfig,
    action: saveSsoConfigAction,
    idPrefix: "sso-",
    defaultValues: {
      issuer: config?.issuer ?? "",
      clientId: config?.clientId ?? "",
      clientSecret: "",
      allowedDomains: config?.allowedDomains.join("\n") ?? "",
      enabled: config?.enabled ?? false,
      version: String(config?.version ?? 0),
    },
    labels: {
      issuer: t("issuer"),
      clientId: t("clientId"),
      clientSecret: t("clientSecret"),
      allowedDomains: t("allowedDomains"),
      enabled: t("enabled"),
    },
    onSuccess: () => kit.form.setValue("clientSecret", ""),
  });
  const version = useSavedVersion(kit, config?.version ?? 0);
  const onOff = (v: unknown) =>
    v === true || v === "on" || v === "true" ? t("conflictEnabled") : t("conflictDisabled");
  const text = (v: unknown) => (typeof v === "string" && v ? v : "—");
  return (
    <ServerForm
      kit={kit}
      conflict={(result) => {
        const theirs = (result.current ?? {}) as Shown;
        const mine = kit.form.getValues() as Shown;
        const rows = [
          { label: t("issuer"), theirs: text(theirs.issuer), mine: text(mine.issuer) },
          { label: t("clientId"), theirs: text(theirs.clientId), mine: text(mine.clientId) },
          { label: t("allowedDomains"), theirs: text(theirs.allowedDomains), mine: text(mine.allowedDomains) },
          { label: t("enabled"), theirs: onOff(theirs.enabled), mine: onOff(mine.enabled) },
        ];
        return <VersionConflict {...conflictTexts(t)} rows={rows} />;
      }}
    >
      <input type="hidden" name="version" value={version} />
      {kit.data && <Notice tone="success">{kit.data.changed ? t("saved") : t("unchanged")}</Notice>}
      <FormField name="issuer" help={t("issuerHelp")} required>
        {(control) => <input {...control} type="url" inputMode="url" autoComplete="off" className={inputClass} />}
      </FormField>
      <FormField name="clientId" required>
        {(control) => <input {...control} autoComplete="off" className={inputClass} />}
      </FormField>
      <FormField
        name="clientSecret"
        help={config?.hasSecret ? t("clientSecretHelpStored") : t("clientSecretHelpNew")}
        required={!config?.hasSecret}
      >
        {(control) => <input {...control} type="password" autoComplete="new-password" className={inputClass} />}
      </FormField>
      <FormField name="allowedDomains" help={t("allowedDomainsHelp")} required>
        {(control) => <textarea {...control} rows={3} className={inputClass} />}
      </FormField>
      <CheckboxField name="enabled" help={t("enabledHelp")} />
      <SubmitButton label={kit.conflict ? t("saveMine") : t("save")} pendingLabel={t("saving")} />
    </ServerForm>
  );
}
