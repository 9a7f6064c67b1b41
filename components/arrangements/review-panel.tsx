import { useFormatter, useTranslations } from "next-intl";
import type { CurrentArrangement } from "@/lib/arrangements/queries";
import { Notice } from "../ui/notice";
import { ApproveButton } from "./approve-button";

const marks = { APPROVED: "✓", CARRIED: "✓", WAITING: "…" } as const;

export function ReviewPanel({ initiativeId, arrangement }: { initiativeId: string; arrangement: CurrentArrangement }) {
  const t = useTranslations("arrangements");
  const format = useFormatter();
  const { latest } = arrangement;
  const partyLabel = (p: CurrentArrangement["parties"][number]) =>
    p.role === "PARENTS" ? t("parents") : `${p.organisationName ?? ""} (${t(`role.${p.role}`)})`;
  const mine = arrangement.parties.find((p) => p.partyKey === arrangement.actorPartyKey);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("reviewIntro")}</p>
      <ul className="space-y-3">
        {arrangement.parties.map((p) => (
          <li key={p.partyKey} className="rounded-md border border-slate-200 p-3">
            <p className="font-medium [overflow-wrap:anywhere]">{partyLabel(p)}</p>
            <p className="text-sm">
              <span aria-hidden="true">{marks[p.state]} </span>
              {t(`partyState.${p.state}`)}
              {p.approval && (
                <>
                  {" "}
                  ·{" "}
                  {t("approvedBy", {
                    name: p.approval.approvedByName,
                    date: format.dateTime(p.approval.approvedAt, { dateStyle: "medium" }),
                  })}
                </>
              )}
            </p>
            {p.approval?.carriedFromNumber != null && (
              <p className="text-sm text-slate-700">{t("carriedFrom", { number: p.approval.carriedFromNumber })}</p>
            )}
          </li>
        ))}
      </ul>
      {mine && (
        <ApproveButton
          initiativeId={initiativeId}
          versionId={latest.id}
          number={latest.number}
          party={partyLabel(mine)}
        />
      )}
      {arrangement.actorApproved && (
        <Notice tone="success">
          {latest.state === "VASTGESTELD" ? t("established") : t("youApproved", { number: latest.number })}
        </Notice>
      )}
    </div>
  );
}
