import { useTranslations } from "next-intl";
import type { VersionStatus } from "@/lib/arrangements/types";

// Text always names the state; colour only supports it.
const tones: Record<VersionStatus, string> = {
  CONCEPT: "bg-slate-100 text-slate-800 border-slate-300",
  TER_BEOORDELING: "bg-amber-50 text-amber-900 border-amber-300",
  VASTGESTELD: "bg-sky-50 text-sky-900 border-sky-300",
  ACTIEF: "bg-emerald-50 text-emerald-900 border-emerald-300",
  TE_EVALUEREN: "bg-violet-50 text-violet-900 border-violet-300",
};

export function ArrangementStatusBadge({ status }: { status: VersionStatus }) {
  const t = useTranslations("arrangements.state");
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${tones[status]}`}>{t(status)}</span>
  );
}
