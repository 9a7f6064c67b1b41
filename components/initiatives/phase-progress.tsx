import { useTranslations } from "next-intl";
import { PHASES, type Phase } from "@/lib/initiatives/phases";

/** The five phases as an ordered list; state is in text, not only in colour. */
export function PhaseProgress({ phase }: { phase: Phase }) {
  const t = useTranslations("initiative");
  const tp = useTranslations("phase");
  const current = PHASES.indexOf(phase);
  return (
    <section aria-labelledby="phase-progress">
      <h2 id="phase-progress" className="mb-3 text-lg font-semibold">
        {t("phaseProgress")}
      </h2>
      <ol className="grid gap-2 sm:grid-cols-5">
        {PHASES.map((p, i) => {
          const state = i < current ? "done" : i === current ? "current" : "upcoming";
          const style =
            state === "current"
              ? "border-brand-700 bg-brand-700 text-white"
              : state === "done"
                ? "border-brand-600 bg-brand-50 text-brand-800"
                : "border-slate-300 bg-white text-slate-700";
          return (
            <li
              key={p}
              aria-current={state === "current" ? "step" : undefined}
              className={`rounded-md border-2 px-3 py-2 ${style}`}
            >
              <span className="block font-semibold">{tp(p)}</span>
              <span className="block text-sm">{t(state)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
