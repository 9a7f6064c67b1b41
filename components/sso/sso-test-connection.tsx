"use client";
import { useTranslations } from "next-intl";
import { testSsoConnectionAction } from "@/lib/sso/actions";
import { ZTestSsoConnection } from "@/lib/sso/schemas";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary } from "../ui/styles";

/** Asks the stored issuer for its discovery document and says what came back. */
export function SsoTestConnection() {
  const t = useTranslations("sso");
  const kit = useServerForm({
    schema: ZTestSsoConnection,
    action: testSsoConnectionAction,
    idPrefix: "sso-test-",
    defaultValues: {},
    labels: {},
  });
  return (
    <ServerForm kit={kit}>
      {kit.data && (
        <div aria-live="polite">
          <Notice tone={kit.data.result === "ok" ? "success" : "error"}>{t(`test_${kit.data.result}`)}</Notice>
        </div>
      )}
      <SubmitButton label={t("test")} pendingLabel={t("testing")} className={buttonSecondary} />
    </ServerForm>
  );
}
