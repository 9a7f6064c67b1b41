import { useTranslations } from "next-intl";
import type { InitiativeDetail } from "@/lib/initiatives/queries";

export function ParticipantTable({ participants }: { participants: InitiativeDetail["participants"] }) {
  const t = useTranslations("initiative");
  const tRole = useTranslations("participantRole");
  if (participants.length === 0) return <p>{t("participantsEmpty")}</p>;
  return (
    <table className="w-full table-fixed text-left">
      <caption className="sr-only">{t("participants")}</caption>
      <thead className="text-sm">
        <tr className="border-b border-slate-200">
          <th scope="col" className="py-2 pr-4">
            {t("participantName")}
          </th>
          <th scope="col" className="py-2">
            {t("participantRole")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {participants.map((p) => (
          <tr key={p.id}>
            <td className="py-2 pr-4 [overflow-wrap:anywhere]">
              {p.organisation?.name ?? p.user?.name ?? t("unknown")}
            </td>
            <td className="py-2 [overflow-wrap:anywhere]">{tRole(p.role)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
