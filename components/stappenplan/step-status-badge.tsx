import { useTranslations } from "next-intl";
import type { Plan } from "@/lib/stappenplan/queries";

const tones: Record<Plan["steps"][number]["status"], string> = {
  NIET_GESTART: "bg-slate-100 text-slate-800 border-slate-300",
  BEZIG: "bg-amber-50 text-amber-900 border-amber-300",
  AFGEROND: "bg-emerald-50 text-emerald-900 border-emerald-300",
  NIET_VAN_TOEPASSING: "bg-slate-50 text-slate-700 border-slate-300 line-through decoration-slate-400",
};

export function StepStatusBadge({ status }: { status: Plan["steps"][number]["status"] }) {
  const t = useTranslations("stepStatus");
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${tones[status]}`}>{t(status)}</span>
  );
}
