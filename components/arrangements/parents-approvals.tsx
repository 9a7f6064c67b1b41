import { useFormatter, useTranslations } from "next-intl";
import type { CurrentArrangement } from "@/lib/arrangements/queries";

const marks = { APPROVED: "✓", CARRIED: "✓", WAITING: "…" } as const;
type Approval = NonNullable<CurrentArrangement["parties"][number]["approval"]>;

/** Who approved and when; by mandate "namens … (machtiging)"; carried over from which version. */
export function ApprovalLine({ approval }: { approval: Approval }) {
  const t = useTranslations("arrangements");
  const format = useFormatter();
  return (
    <>
      {t("approvedBy", {
        name: approval.approvedByName,
        date: format.dateTime(approval.approvedAt, { dateStyle: "medium" }),
      })}
      {approval.onBehalfOfName && <> {t("onBehalfOf", { name: approval.onBehalfOfName })}</>}
      {approval.carriedFromNumber != null && <> · {t("carriedFrom", { number: approval.carriedFromNumber })}</>}
    </>
  );
}

/**
 * The parents' approval per child of the group: which children still wait (by name where the
 * viewer may see it, otherwise counted), and per child who approved.
 */
export function ParentsApprovals({ arrangement }: { arrangement: CurrentArrangement }) {
  const t = useTranslations("arrangements");
  const parents = arrangement.parties.find((p) => p.role === "PARENTS");
  if (!parents) return null;
  const { names, hidden } = arrangement.parentsWaiting;
  const waiting =
    parents.state !== "WAITING"
      ? null
      : parents.children.length === 0
        ? t("parentsNoChildren")
        : names.length === 0
          ? t("parentsWaitingCount", { count: hidden })
          : hidden > 0
            ? t("parentsWaitingMore", { names: names.join(", "), count: hidden })
            : t("parentsWaiting", { names: names.join(", ") });
  const legacy = arrangement.parentsLegacyApproval;
  return (
    <>
      {waiting && <p className="text-sm">{waiting}</p>}
      {parents.children.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm" aria-label={t("parentsPerChild")}>
          {parents.children.map((c) => (
            <li key={c.childId} className="[overflow-wrap:anywhere]">
              <span className="font-medium">{c.name ?? t("otherChild")}</span>:{" "}
              <span aria-hidden="true">{marks[c.state]} </span>
              {t(`partyState.${c.state}`)}
              {c.approval && (
                <>
                  {" "}
                  · <ApprovalLine approval={c.approval} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {legacy && (
        <p className="text-sm text-slate-700">
          <ApprovalLine approval={legacy} />
        </p>
      )}
    </>
  );
}
