import { useTranslations } from "next-intl";
import type { InitiativeDetail } from "@/lib/initiatives/queries";
import { Table, Td, Th, THead } from "../ui/table";

export function ParticipantTable({ participants }: { participants: InitiativeDetail["participants"] }) {
  const t = useTranslations("initiative");
  const tRole = useTranslations("participantRole");
  if (participants.length === 0) return <p>{t("participantsEmpty")}</p>;
  return (
    <Table caption={t("participants")} size="base">
      <THead>
        <Th>{t("participantName")}</Th>
        <Th>{t("participantRole")}</Th>
      </THead>
      <tbody>
        {participants.map((p) => (
          <tr key={p.id}>
            <Td anywhere>{p.organisation?.name ?? p.user?.name ?? t("unknown")}</Td>
            <Td anywhere>{tRole(p.role)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
