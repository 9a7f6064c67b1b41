"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { confirmEnrolmentAction } from "@/lib/mfa/actions";
import { ZSecondFactorCode } from "@/lib/mfa/schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonPrimary, inputClass, linkClass } from "../ui/styles";

export function EnrolForm({ pending }: { pending: { secret: string; qrSvg: string } | null }) {
  const t = useTranslations("mfa");
  const kit = useServerForm({
    schema: ZSecondFactorCode,
    action: confirmEnrolmentAction,
    defaultValues: { code: "" },
    labels: { code: t("code") },
  });
  if (kit.data)
    return (
      <div className="space-y-4">
        <Notice tone="success">{t("enrolled")}</Notice>
        <h2 className="text-lg font-semibold">{t("recoveryTitle")}</h2>
        <p className="text-slate-700">{t("recoveryIntro")}</p>
        <ul aria-label={t("recoveryTitle")} className="grid grid-cols-2 gap-2 font-mono text-lg">
          {kit.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {/* A full navigation: the signed-in layout reads the now verified session afresh. */}
        <Link href="/" prefetch={false} className={`${buttonPrimary} inline-flex`}>
          {t("continue")}
        </Link>
      </div>
    );
  if (!pending)
    return (
      <div className="mt-4 space-y-4">
        <Notice tone="success">{t("alreadyEnrolled")}</Notice>
        <p>
          <Link href="/account" className={linkClass}>
            {t("backToAccount")}
          </Link>
        </p>
      </div>
    );
  const { secret, qrSvg } = pending;
  return (
    <div className="space-y-6">
      <ol className="list-decimal space-y-2 pl-6">
        <li>{t("stepApp")}</li>
        <li>{t("stepScan")}</li>
        <li>{t("stepCode")}</li>
      </ol>
      <div
        role="img"
        aria-label={t("qrLabel")}
        className="w-48 max-w-full border border-slate-200 bg-white p-2"
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p>
        {t("manualEntry")}{" "}
        <code className="break-all rounded bg-slate-100 px-1 font-mono" data-testid="totp-secret">
          {secret}
        </code>
      </p>
      <ServerForm kit={kit}>
        <FormField name="code" help={t("enrolCodeHelp")} required>
          {(control) => <input {...control} inputMode="numeric" autoComplete="one-time-code" className={inputClass} />}
        </FormField>
        <SubmitButton label={t("enrolSubmit")} pendingLabel={t("verifying")} className={`${buttonPrimary} w-full`} />
      </ServerForm>
    </div>
  );
}
