import { useTranslations } from "next-intl";
import type { CurrentArrangement } from "@/lib/arrangements/queries";
import { Notice } from "../ui/notice";
import { ApproveButton } from "./approve-button";
import { ApprovalLine, ParentsApprovals } from "./parents-approvals";

const marks = { APPROVED: "✓", CARRIED: "✓", WAITING: "…" } as const;

export function ReviewPanel({ initiativeId, arrangement }: { initiativeId: string; arrangement: CurrentArrangement }) {
  const t = useTranslations("arrangements");
  const { latest } = arrangement;
  const partyLabel = (p: CurrentArrangement["parties"][number]) =>
    p.role === "PARENTS" ? t("parents") : `${p.organisationName ?? ""} (${t(`role.${p.role}`)})`;
  const mine = arrangement.parties.find((p) => p.role !== "PARENTS" && p.partyKey === arrangement.actorPartyKey);
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
              {p.role !== "PARENTS" && p.approval && (
                <>
                  {" "}
                  · <ApprovalLine approval={p.approval} />
                </>
              )}
            </p>
            {p.role === "PARENTS" && <ParentsApprovals arrangement={arrangement} />}
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
      {arrangement.actorChildren.length > 0 && (
        <div className="flex flex-wrap gap-3">
          {arrangement.actorChildren.map((c) => (
            <ApproveButton
              key={c.childId}
              initiativeId={initiativeId}
              versionId={latest.id}
              number={latest.number}
              party={t("parents")}
              child={{ id: c.childId, name: c.name, onBehalfOfName: c.onBehalfOfName }}
            />
          ))}
        </div>
      )}
      {arrangement.actorApproved && (
        <Notice tone="success">
          {latest.state === "VASTGESTELD" ? t("established") : t("youApproved", { number: latest.number })}
        </Notice>
      )}
    </div>
  );
}
