import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { PHASES } from "@/lib/initiatives/phases";
import { isStepOverdue } from "@/lib/stappenplan/overview";
import type { Plan } from "@/lib/stappenplan/queries";
import { amsterdamToday } from "@/lib/time/amsterdam";
import { dateOnlyOrNull } from "@/lib/time/date-only";
import { linkClass } from "../ui/styles";
import { StepStatusBadge } from "./step-status-badge";

/** Every phase with its steps; the current phase is open, others collapsed but reachable. */
export function PlanOverview({
  initiativeId,
  plan,
  currentPhase,
}: {
  initiativeId: string;
  plan: Plan;
  currentPhase: (typeof PHASES)[number];
}) {
  const t = useTranslations("plan");
  const tp = useTranslations("phase");
  const format = useFormatter();
  const today = amsterdamToday();
  return (
    <div className="space-y-3">
      {PHASES.map((phase) => {
        const steps = plan.steps.filter((s) => s.phase === phase);
        const done = steps.filter((s) => s.status === "AFGEROND" || s.status === "NIET_VAN_TOEPASSING").length;
        return (
          <details key={phase} open={phase === currentPhase} className="rounded-md border border-slate-200">
            <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-4 py-2 font-semibold">
              <span>
                {tp(phase)}
                {phase === currentPhase ? ` — ${t("currentPhase")}` : ""}
              </span>
              <span className="text-sm font-normal text-slate-700">
                {t("doneCount", { done, total: steps.length })}
              </span>
            </summary>
            {steps.length === 0 ? (
              <p className="px-4 pb-3 text-slate-700">{t("noSteps")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 border-t border-slate-200">
                {steps.map((s) => {
                  const due = dateOnlyOrNull(s.dueDate);
                  const overdue = isStepOverdue(s, today);
                  return (
                    <li
                      key={s.id}
                      className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
                    >
                      <div>
                        <Link href={`/initiatieven/${initiativeId}/stappen/${s.id}`} className={linkClass}>
                          {s.title}
                        </Link>
                        {!s.required && <span className="ml-2 text-sm text-slate-700">({t("optional")})</span>}
                        <p className="text-sm text-slate-700">
                          {t("owner")}: {s.ownerOrganisation?.name ?? s.ownerUser?.name ?? t("noOwner")}
                          {due && (
                            <>
                              {" "}
                              · {t("due")}: {format.dateTime(s.dueDate!, { dateStyle: "medium", timeZone: "UTC" })}
                            </>
                          )}
                          {overdue && <strong className="ml-2 text-red-800">{t("overdue")}</strong>}
                        </p>
                      </div>
                      <StepStatusBadge status={s.status} />
                    </li>
                  );
                })}
              </ul>
            )}
          </details>
        );
      })}
    </div>
  );
}
