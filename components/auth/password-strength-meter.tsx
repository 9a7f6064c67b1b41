"use client";
// Strength feedback while typing a new password. The dictionaries (about a megabyte) load only
// when someone starts typing, so pages with a password field stay light (decision 0006); the
// server's check on submit is the one that counts. The verdict is announced politely.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PasswordVerdict } from "@/lib/auth/password-strength";
import { validationText, type KeyTranslator } from "../forms/form-errors";

type Judge = (password: string, person: { name?: string; email?: string }) => PasswordVerdict;

let loading: Promise<Judge> | null = null;
function loadJudge(): Promise<Judge> {
  loading ??= Promise.all([import("@/lib/auth/password-estimator"), import("@/lib/auth/password-strength")]).then(
    ([{ passwordEstimator }, { judgePassword }]) =>
      (password, person) =>
        judgePassword(passwordEstimator, password, person),
  );
  return loading;
}

const BAR = ["bg-red-700", "bg-red-700", "bg-amber-600", "bg-emerald-700", "bg-emerald-800"];

export function PasswordStrengthMeter({
  id,
  password,
  person,
}: {
  id: string;
  password: string;
  person: { name?: string; email?: string };
}) {
  const t = useTranslations("passwordStrength");
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const [verdict, setVerdict] = useState<{ for: string; verdict: PasswordVerdict } | null>(null);
  const { name, email } = person;

  useEffect(() => {
    if (!password) return;
    let current = true;
    // Wait for a pause in typing before judging (and before the first download).
    const timer = setTimeout(() => {
      void loadJudge().then((judge) => {
        if (current) setVerdict({ for: password, verdict: judge(password, { name, email }) });
      });
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, name, email]);

  const shown = password && verdict ? verdict.verdict : null;
  const score = shown?.score ?? 0;
  return (
    <div className="space-y-1" data-testid="password-strength">
      <div className="flex gap-1" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <span key={i} className={`h-1.5 flex-1 rounded ${shown && score > i ? BAR[score] : "bg-slate-200"}`} />
        ))}
      </div>
      <p id={id} role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {password && !shown && t("checking")}
        {shown && (
          <>
            {t("label")}: {t(`level.${score}` as "level.0")}.{" "}
            {shown.problem ? validationText(tv, shown.problem) : t("enough")}
          </>
        )}
      </p>
    </div>
  );
}
