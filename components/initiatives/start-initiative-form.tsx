"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { placeOptionsAction, startInitiativeAction } from "@/lib/initiatives/actions";
import { ZStartInitiative } from "@/lib/initiatives/start-schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { inputClass } from "../ui/styles";

type Option = { id: string; name: string };

/**
 * The beeld op hoofdlijnen in four questions, then where: gemeente, school and SWV. A successful
 * start continues on the initiative's page (the action redirects, also without JavaScript).
 */
export function StartInitiativeForm({ gemeenten, ownSchool }: { gemeenten: Option[]; ownSchool: string | null }) {
  const t = useTranslations("start");
  const kit = useServerForm({
    schema: ZStartInitiative,
    action: startInitiativeAction,
    defaultValues: { name: "", doelgroep: "", motivation: "", needs: "", gemeenteId: "", hostSchoolId: "", swvId: "" },
    labels: {
      name: t("name.label"),
      doelgroep: t("doelgroep.label"),
      motivation: t("motivation.label"),
      needs: t("needs.label"),
      gemeenteId: t("gemeente"),
      hostSchoolId: t("school"),
      swvId: t("swv"),
    },
  });
  const gemeenteId = (kit.form.watch("gemeenteId") as string | undefined) ?? "";
  const [places, setPlaces] = useState<{ schools: Option[]; swvs: Option[] }>({ schools: [], swvs: [] });
  const [loading, startLoading] = useTransition();

  useEffect(() => {
    if (!gemeenteId) return;
    startLoading(async () => {
      const result = await placeOptionsAction(null, { gemeenteId });
      setPlaces(result.ok ? result.data : { schools: [], swvs: [] });
    });
  }, [gemeenteId]);

  const textarea = (name: "doelgroep" | "motivation" | "needs") => (
    <FormField name={name} help={t(`${name}.help`)} required>
      {(control) => <textarea {...control} rows={4} className={inputClass} />}
    </FormField>
  );

  return (
    <ServerForm kit={kit} className="space-y-6">
      <FormField name="name" help={t("name.help")} required>
        {(control) => <input {...control} className={inputClass} />}
      </FormField>
      {textarea("doelgroep")}
      {textarea("motivation")}
      {textarea("needs")}
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("where")}</legend>
        <FormField name="gemeenteId" required>
          {(control) => (
            <select {...control} className={inputClass}>
              <option value="">{t("chooseGemeente")}</option>
              {gemeenten.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {ownSchool ? (
          <p>{t("ownSchool", { school: ownSchool })}</p>
        ) : (
          <FormField name="hostSchoolId" help={t("schoolHelp")}>
            {(control) => (
              <select {...control} disabled={!gemeenteId || loading} className={inputClass}>
                <option value="">{t("noSchoolYet")}</option>
                {places.schools.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {places.swvs.length > 1 && (
          <FormField name="swvId" required>
            {(control) => (
              <select {...control} className={inputClass}>
                <option value="">{t("chooseSwv")}</option>
                {places.swvs.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {places.swvs.length === 1 && <p className="text-slate-700">{t("swvAuto", { swv: places.swvs[0]!.name })}</p>}
        <p aria-live="polite" className="sr-only">
          {loading ? t("loadingPlaces") : ""}
        </p>
      </fieldset>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </ServerForm>
  );
}
