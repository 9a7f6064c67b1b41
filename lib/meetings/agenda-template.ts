// The agenda of a meeting as data: the five themes of the handreiking (inhoud, organisatie,
// personeel, financiën, monitoring en evaluatie) with prompts per kind of meeting. Like the
// stappenplan template, this is Dutch guidance content, not UI chrome.
export const MEETING_KINDS = ["BESTUURLIJK", "PRAKTIJK", "OVERIG"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const THEME_KEYS = ["inhoud", "organisatie", "personeel", "financien", "monitoring"] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];
export type Agenda = Record<ThemeKey, string>;

export const THEME_TITLES: Record<ThemeKey, string> = {
  inhoud: "Inhoud",
  organisatie: "Organisatie",
  personeel: "Personeel",
  financien: "Financiën",
  monitoring: "Monitoring en evaluatie",
};

export interface AgendaTemplate {
  kind: MeetingKind;
  /** What this meeting is for. */
  purpose: string;
  /** Who sits at the table, and who coordinates. */
  who: string;
  prompts: Record<ThemeKey, string[]>;
  source: string;
}

const H = "Handreiking Samen naar School (OCW), §Stappenplan – Inrichtingsfase";

export const AGENDA_TEMPLATES: Record<MeetingKind, AgendaTemplate> = {
  BESTUURLIJK: {
    kind: "BESTUURLIJK",
    purpose:
      "Het gesprek op bestuurlijk niveau: afspraken over het initiatief, gevoed door de input van de initiatiefnemers.",
    who: "Gemeenten, samenwerkingsverband, zorgkantoor en de betrokken schoolbesturen. Het samenwerkingsverband coördineert.",
    prompts: {
      inhoud: [
        "Voor welke doelgroep is het initiatief, en welk scenario is gekozen (integraal arrangement of nevenvestiging)?",
        "Welke input leveren de initiatiefnemers vooraf: projectplan, onderwijsbehoeften, gekozen scenario en zorgoptie?",
        "Hoe past het initiatief in het dekkend aanbod van het samenwerkingsverband?",
      ],
      organisatie: [
        "Wie coördineert: het samenwerkingsverband voor het onderwijs, de gemeente voor de zorgomgeving?",
        "Wat is in het OOGO afgesproken over leerlingenvervoer, onderwijshuisvesting en toegang tot jeugdhulp?",
        "Hoe is de zorg georganiseerd, en wie contracteert de zorgaanbieder?",
      ],
      personeel: [
        "Welk onderwijs- en zorgpersoneel is nodig, en bij wie is het in dienst?",
        "Hoe zorgen schoolbestuur en zorgaanbieder voor voldoende gekwalificeerd personeel?",
      ],
      financien: [
        "Welk deel van de zorg is onderwijsondersteunend en komt uit onderwijsmiddelen?",
        "Wat betalen gemeente (Jeugdwet, Wmo), zorgkantoor (Wlz) en zorgverzekeraar (Zvw), en wat ouders met een pgb?",
        "Hoe leggen jullie de verdeling van de kosten vast, zodat die aantoonbaar is bij de rechtmatigheidscontrole?",
      ],
      monitoring: [
        "Hoe en wanneer evalueren jullie het arrangement?",
        "Welke cijfers hebben samenwerkingsverband en gemeenten nodig voor hun monitoring (aantallen, geen gegevens van kinderen)?",
        "Wie besluit over verlenging of aanpassing van het arrangement?",
      ],
    },
    source: `${H} (Voer het bestuurlijk gesprek)`,
  },
  PRAKTIJK: {
    kind: "PRAKTIJK",
    purpose:
      "Het praktische gesprek: hoe het initiatief in de dagelijkse praktijk werkt en welke concrete opbrengsten jullie verwachten.",
    who: "De school, de jeugdhulp- en zorgaanbieder(s) en de ouders.",
    prompts: {
      inhoud: [
        "Hoe ziet een schooldag eruit, en bij welke activiteiten doen de kinderen mee met de reguliere klassen?",
        "Welke leerlijn volgen de kinderen, en wie stelt per kind het OPP op?",
        "Welke concrete opbrengsten verwachten jullie voor de kinderen, hun klasgenoten en de school?",
      ],
      organisatie: [
        "Hoe stemmen school, zorgaanbieder(s) en ouders dagelijks af, en wie is het aanspreekpunt?",
        "Hoe zijn toegankelijkheid, veiligheid (ook bij calamiteiten), vervoer en zorg in de vakanties geregeld?",
      ],
      personeel: [
        "Hoe verdelen onderwijs- en zorgpersoneel de taken en verantwoordelijkheden in de groep?",
        "Wat is er nodig aan scholing, begeleiding en vervanging bij ziekte?",
      ],
      financien: [
        "Welke zorg kopen ouders in met een pgb, en hoe wordt die in de praktijk ingezet?",
        "Welke praktische kosten (materialen, aanpassingen) zijn er, en wie betaalt ze?",
      ],
      monitoring: [
        "Hoe volgen jullie de ontwikkeling van elk kind, en hoe betrekken jullie de ouders daarbij?",
        "Wanneer kijken jullie samen terug, en wat gaat er naar het bestuurlijk overleg?",
      ],
    },
    source: `${H} (Voer het praktijkgesprek)`,
  },
  OVERIG: {
    kind: "OVERIG",
    purpose: "Een ander overleg over het initiatief.",
    who: "Wie nodig is voor de onderwerpen op de agenda.",
    prompts: {
      inhoud: ["Wat is de stand van zaken, en welke vragen liggen er over het onderwijs en de zorg?"],
      organisatie: ["Welke afspraken over samenwerking en afstemming moeten worden gemaakt of bijgesteld?"],
      personeel: ["Zijn er vragen over bezetting, scholing of taakverdeling?"],
      financien: ["Zijn er vragen over de bekostiging of de verdeling van de kosten?"],
      monitoring: ["Wat leren jullie van de afgelopen periode, en wat spreken jullie af om te volgen?"],
    },
    source: H,
  },
};

/** Who is invited by default, by their role in the initiative (the handreiking's tables). */
export const DEFAULT_INVITEE_ROLES: Record<MeetingKind, string[]> = {
  BESTUURLIJK: ["GEMEENTE", "SWV", "ZORGKANTOOR", "SCHOOLBESTUUR"],
  PRAKTIJK: ["SCHOOL", "ZORGAANBIEDER", "OUDER", "INITIATIEFNEMER"],
  OVERIG: [],
};

export function emptyAgenda(): Agenda {
  return Object.fromEntries(THEME_KEYS.map((k) => [k, ""])) as Agenda;
}

/** Reads a stored agenda (Json) defensively: unknown keys are dropped, missing ones are empty. */
export function toAgenda(value: unknown): Agenda {
  const source = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(THEME_KEYS.map((k) => [k, typeof source[k] === "string" ? source[k] : ""])) as Agenda;
}
