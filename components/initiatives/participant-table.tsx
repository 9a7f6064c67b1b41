import { useTranslations } from "next-intl";
import type { InitiativeDetail } from "@/lib/initiatives/queries";
import { Table, Td, Th, THead } from "../ui/table";
import { RemoveParticipant } from "./remove-participant";

type Props = {
  initiativeId: string;
  participants: InitiativeDetail["participants"];
  /** Organisations invited that have not answered yet: listed, marked "Uitgenodigd". */
  invited: InitiativeDetail["invited"];
  canRemove: boolean;
};

export function ParticipantTable({ initiativeId, participants, invited, canRemove }: Props) {
  const t = useTranslations("initiative");
  const tJoin = useTranslations("joining");
  const tRole = useTranslations("participantRole");
  const rows = [...participants, ...invited];
  if (rows.length === 0) return <p>{t("participantsEmpty")}</p>;
  return (
    <Table caption={t("participants")} size="base">
      <THead>
        <Th>{t("participantName")}</Th>
        <Th>{t("participantRole")}</Th>
        <Th>{tJoin("status")}</Th>
        {canRemove && (
          <Th>
            <span className="sr-only">{tJoin("actions")}</span>
          </Th>
        )}
      </THead>
      <tbody>
        {rows.map((p) => {
          const name = p.organisation?.name ?? p.user?.name ?? t("unknown");
          return (
            <tr key={p.id}>
              <Td anywhere>{name}</Td>
              <Td anywhere>{tRole(p.role)}</Td>
              <Td>
                {p.status === "INVITED" ? (
                  <span className="inline-block rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900">
                    {tJoin("statusInvited")}
                  </span>
                ) : (
                  <span className="text-sm text-slate-700">{tJoin("statusActive")}</span>
                )}
              </Td>
              {canRemove && (
                <Td>
                  <RemoveParticipant initiativeId={initiativeId} participantId={p.id} name={name} />
                </Td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
