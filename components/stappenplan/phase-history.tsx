import { useFormatter, useTranslations } from "next-intl";
import type { Plan } from "@/lib/stappenplan/queries";

export function PhaseHistory({ transitions }: { transitions: Plan["transitions"] }) {
  const t = useTranslations("plan");
  const tp = useTranslations("phase");
  const format = useFormatter();
  if (transitions.length === 0) return <p className="text-sm">{t("noHistory")}</p>;
  return (
    <ol className="space-y-2 text-sm">
      {transitions.map((tr) => (
        <li key={tr.id}>
          {t("moved", { from: tp(tr.fromPhase), to: tp(tr.toPhase) })} — {tr.byUser.name},{" "}
          {format.dateTime(tr.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          {tr.override && (
            <>
              <br />
              <strong>{t("overridden")}</strong>: {tr.reason}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
