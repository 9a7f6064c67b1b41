"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState, useTransition } from "react";
import { placeOptionsAction, startInitiativeAction } from "@/lib/initiatives/actions";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

type Option = { id: string; name: string };

/** The beeld op hoofdlijnen in four questions, then where: gemeente, school and SWV. */
export function StartInitiativeForm({ gemeenten, ownSchool }: { gemeenten: Option[]; ownSchool: string | null }) {
  const t = useTranslations("start");
  const router = useRouter();
  const [state, action] = useActionState(startInitiativeAction, null);
  const errors = useErrorText(state);
  const [gemeenteId, setGemeenteId] = useState(errors.value("gemeenteId") ?? "");
  const [places, setPlaces] = useState<{ schools: Option[]; swvs: Option[] }>({ schools: [], swvs: [] });
  const [loading, startLoading] = useTransition();

  useEffect(() => {
    if (state?.ok) router.push(`/initiatieven/${state.data.id}`);
  }, [state, router]);

  useEffect(() => {
    if (!gemeenteId) return;
    startLoading(async () => {
      const result = await placeOptionsAction(null, { gemeenteId });
      setPlaces(result.ok ? result.data : { schools: [], swvs: [] });
    });
  }, [gemeenteId]);

  const textarea = (name: "doelgroep" | "motivation" | "needs") => (
    <Field id={name} label={t(`${name}.label`)} help={t(`${name}.help`)} errors={errors.field(name)}>
      {(aria) => (
        <textarea {...aria} name={name} rows={4} required defaultValue={errors.value(name)} className={inputClass} />
      )}
    </Field>
  );

  return (
    <form action={action} className="space-y-6">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Field id="name" label={t("name.label")} help={t("name.help")} errors={errors.field("name")}>
        {(aria) => <input {...aria} name="name" required defaultValue={errors.value("name")} className={inputClass} />}
      </Field>
      {textarea("doelgroep")}
      {textarea("motivation")}
      {textarea("needs")}
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("where")}</legend>
        <Field id="gemeenteId" label={t("gemeente")} errors={errors.field("gemeenteId")}>
          {(aria) => (
            <select
              {...aria}
              name="gemeenteId"
              value={gemeenteId}
              onChange={(e) => setGemeenteId(e.target.value)}
              required
              className={inputClass}
            >
              <option value="">{t("chooseGemeente")}</option>
              {gemeenten.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {ownSchool ? (
          <p>{t("ownSchool", { school: ownSchool })}</p>
        ) : (
          <Field id="hostSchoolId" label={t("school")} help={t("schoolHelp")} errors={errors.field("hostSchoolId")}>
            {(aria) => (
              <select {...aria} name="hostSchoolId" disabled={!gemeenteId || loading} className={inputClass}>
                <option value="">{t("noSchoolYet")}</option>
                {places.schools.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {places.swvs.length > 1 && (
          <Field id="swvId" label={t("swv")} errors={errors.field("swvId")}>
            {(aria) => (
              <select {...aria} name="swvId" required className={inputClass}>
                <option value="">{t("chooseSwv")}</option>
                {places.swvs.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {places.swvs.length === 1 && <p className="text-slate-700">{t("swvAuto", { swv: places.swvs[0]!.name })}</p>}
        <p aria-live="polite" className="sr-only">
          {loading ? t("loadingPlaces") : ""}
        </p>
      </fieldset>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
