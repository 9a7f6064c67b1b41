// Dutch free text for generated initiatives: short, varied sentences put together from
// parts, so lists and detail pages look lived-in without anyone reading them as real cases.
import type { CareOption, Scenario } from "../../stappenplan/template-types";
import type { Random } from "./random";

const WHO = [
  "kinderen met een ernstig meervoudige beperking (EMB)",
  "kinderen met een verstandelijke beperking en intensieve zorgvragen",
  "kinderen die nu thuiszitten omdat er geen passende plek is",
  "kinderen met een lichamelijke beperking en medische zorg tijdens schooltijd",
  "jonge kinderen met een ontwikkelingsachterstand en een zorgindicatie",
];
const GAIN = [
  "Ze gaan in hun eigen wijk naar school, samen met broertjes, zusjes en buurtkinderen.",
  "De kinderen doen mee met gym, muziek en de weekopening van de reguliere groepen.",
  "Onderwijs en zorg komen samen in één programma, zonder lange busritten naar het SO.",
  "Ouders hoeven niet langer zelf onderwijs en zorg aan elkaar te knopen.",
];
const STATE = [
  "Het schoolteam staat achter het plan; nu volgt het gesprek met het samenwerkingsverband en de gemeente.",
  "We brengen per kind de onderwijs- en zorgbehoeften in kaart en kiezen een scenario.",
  "Het bestuurlijk gesprek is gepland; de agenda gaat over financiën, personeel en vervoer.",
  "De groep draait; we werken aan het OPP per kind en aan zorg in de vakanties.",
  "Het arrangement wordt jaarlijks geëvalueerd en de werkwijze staat in de schoolgids.",
];
const NEEDS = [
  "Een eigen groepsruimte met verzorgingsruimte en tillift, een leerkracht en twee zorgbegeleiders.",
  "Begeleiding tijdens de pauzes, aangepast leerlingenvervoer en een rustige prikkelarme plek.",
  "Verpleegkundige handelingen onder schooltijd (sondevoeding, medicatie) en fysiotherapie op school.",
  "Een onderwijsassistent, ambulante begeleiding vanuit het SO en casusregie met het wijkteam.",
];

export function summary(rng: Random, children: number, schoolName: string): string {
  return `Ouders van ${children} ${rng.pick(WHO)} willen dat hun kinderen naar ${schoolName} gaan. ${rng.pick(GAIN)} ${rng.pick(STATE)}`;
}

export function doelgroep(rng: Random, children: number): string {
  return `${children} ${rng.pick(WHO)}, 4 tot 12 jaar.`;
}

export function motivation(rng: Random): string {
  return rng.pick(GAIN);
}

export function needs(rng: Random): string {
  return rng.pick(NEEDS);
}

const SUPPORT_QUESTIONS = [
  "Wij lopen vast in het gesprek met de gemeente over wie de begeleiding betaalt. Kan het steunpunt meedenken over de verdeling tussen onderwijs en zorg?",
  "Hoe hebben andere initiatieven het leerlingenvervoer geregeld? Wij zoeken een voorbeeld van een afspraak met de gemeente.",
  "Wij willen als ouders een stichting oprichten die zorg kan leveren. Welke stappen zijn nodig om gecontracteerd te worden?",
  "Het samenwerkingsverband twijfelt tussen scenario 1 en een nevenvestiging. Kunt u een gesprek begeleiden?",
  "Wie kan ons helpen met de begroting voor het arrangement en de onderbouwing voor de rechtmatigheid?",
  "De school zoekt gekwalificeerd personeel voor de groep. Heeft het steunpunt contacten of voorbeelden van vacatureteksten?",
];

export function supportQuestion(rng: Random): string {
  return rng.pick(SUPPORT_QUESTIONS);
}

const SCENARIO_REASONS: Record<Scenario, string[]> = {
  SCENARIO_1: [
    "Het schoolbestuur en het samenwerkingsverband kiezen voor een integraal arrangement in de eigen school.",
    "De kinderen staan ingeschreven op de reguliere school; het SWV draagt bij naar de werkelijke ondersteuningsbehoefte.",
  ],
  SCENARIO_2: [
    "Een SO-school in de regio opent een nevenvestiging in de reguliere school; de kinderen krijgen een TLV.",
    "Met een nevenvestiging blijft de expertise van het SO beschikbaar; gemeente en SWV stemmen in.",
  ],
};
const CARE_REASONS: Record<CareOption, string[]> = {
  BESTAANDE_AANBIEDER: [
    "Een gecontracteerde zorgaanbieder levert al zorg aan deze kinderen en wil meedoen.",
    "Het bestuur werkt al samen met een zorgaanbieder die door de gemeente gecontracteerd is.",
  ],
  NIEUW_DOOR_OUDERS: [
    "De ouders richten een stichting op die de zorgmedewerkers in dienst neemt.",
    "De ouders willen de zorg zelf organiseren met een eigen rechtspersoon.",
  ],
  NIEUW_DOOR_BESTUUR: [
    "Het schoolbestuur richt een eigen zorgorganisatie op die gecontracteerd kan worden.",
    "Het bestuur wil onderwijs en zorg onder één dak en zet daarvoor een zorgtak op.",
  ],
};

export function scenarioReason(rng: Random, scenario: Scenario): string {
  return rng.pick(SCENARIO_REASONS[scenario]);
}

export function careOptionReason(rng: Random, option: CareOption): string {
  return rng.pick(CARE_REASONS[option]);
}
