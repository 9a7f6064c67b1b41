import { useTranslations } from "next-intl";
import { THEME_KEYS, THEME_TITLES, type Agenda } from "@/lib/meetings/agenda-template";

/** The agenda, minutes and decisions for those who read but do not edit. */
export function MeetingRecordView({
  agenda,
  minutes,
  decisions,
}: {
  agenda: Agenda;
  minutes: string;
  decisions: string;
}) {
  const t = useTranslations("meetings");
  const text = (v: string) => <p className="whitespace-pre-line [overflow-wrap:anywhere]">{v || t("nothingYet")}</p>;
  return (
    <div className="space-y-4">
      <h3 className="text-lg font-semibold">{t("agenda")}</h3>
      <dl className="space-y-3">
        {THEME_KEYS.map((k) => (
          <div key={k}>
            <dt className="font-medium">{THEME_TITLES[k]}</dt>
            <dd>{text(agenda[k])}</dd>
          </div>
        ))}
      </dl>
      <h3 className="text-lg font-semibold">{t("minutes")}</h3>
      {text(minutes)}
      <h3 className="text-lg font-semibold">{t("decisions")}</h3>
      {text(decisions)}
    </div>
  );
}
