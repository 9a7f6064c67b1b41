import { useTranslations } from "next-intl";
import type { TemplateStep } from "@/lib/stappenplan/template-types";
import { cardClass } from "../ui/styles";

/** The template's guidance for a step: what it is for, the questions, who leads, what "done" means. */
export function StepGuidance({ guidance }: { guidance: TemplateStep }) {
  const t = useTranslations("step");
  return (
    <section aria-labelledby="guidance" className={cardClass}>
      <h2 id="guidance" className="text-lg font-semibold">
        {t("guidance")}
      </h2>
      <p className="mt-2">{guidance.summary}</p>
      <h3 className="mt-4 font-semibold">{t("questions")}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {guidance.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <h3 className="mt-4 font-semibold">{t("lead")}</h3>
      <p className="mt-1">{guidance.lead.note}</p>
      <h3 className="mt-4 font-semibold">{t("deliverables")}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {guidance.deliverables.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <p className="mt-4 text-sm text-slate-700">
        {t("source")}: {guidance.source}
      </p>
    </section>
  );
}
