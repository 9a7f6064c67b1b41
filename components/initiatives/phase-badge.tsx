import { useTranslations } from "next-intl";
import type { Phase } from "@/lib/initiatives/phases";

export function PhaseBadge({ phase }: { phase: Phase }) {
  const t = useTranslations("phase");
  return (
    <span className="inline-block rounded-full bg-brand-100 px-2.5 py-0.5 text-sm font-medium text-brand-800">
      {t(phase)}
    </span>
  );
}
