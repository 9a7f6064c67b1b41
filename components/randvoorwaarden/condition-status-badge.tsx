import { useTranslations } from "next-intl";
import type { ConditionStatus } from "@/lib/randvoorwaarden/checklist-types";

const tones: Record<ConditionStatus, string> = {
  NIET_GESTART: "bg-slate-100 text-slate-800 border-slate-300",
  BEZIG: "bg-amber-50 text-amber-900 border-amber-300",
  GEREGELD: "bg-emerald-50 text-emerald-900 border-emerald-300",
  NIET_VAN_TOEPASSING: "bg-slate-50 text-slate-700 border-slate-300 line-through decoration-slate-400",
};

/** The status as text in a coloured frame: the colour is never the only signal. */
export function ConditionStatusBadge({ status }: { status: ConditionStatus }) {
  const t = useTranslations("conditionStatus");
  return (
    <span className={`inline-block shrink-0 rounded border px-2 py-0.5 text-sm font-medium ${tones[status]}`}>
      {t(status)}
    </span>
  );
}
