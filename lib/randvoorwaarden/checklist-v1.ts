// Randvoorwaarden op school, version 1. Source: Handreiking Samen naar school-initiatieven,
// §5 "Randvoorwaarden op school". Never edit a published key; a change is a new version.
import type { ConditionChecklist, ConditionItem } from "./checklist-types";

const H = "Handreiking Samen naar school-initiatieven, §5 Randvoorwaarden op school";

export const RANDVOORWAARDEN_V1: ConditionChecklist = {
  version: 1,
  name: "Randvoorwaarden op school",
  source: H,
  items: [
    {
      key: "ouders-betrokken",
      title: "Ouders zijn in elke fase betrokken",
      explanation:
        "School en ouders doen het samen: de ouders van de kinderen praten en beslissen mee bij inrichting en uitvoering.",
      evidenceHint:
        "Afspraken over hoe en wanneer ouders meepraten, en verslagen van overleggen waar ouders bij waren.",
    },
    {
      key: "draagvlak-team-en-ouders",
      title: "Draagvlak bij team en ouders",
      explanation: "Het schoolteam en de ouders van de school staan achter het Samen naar School-initiatief.",
      evidenceHint:
        "Besluit of verslag van een teamvergadering en van de medezeggenschapsraad; informatie aan alle ouders.",
    },
    {
      key: "gekwalificeerd-personeel",
      title: "Voldoende gekwalificeerd personeel",
      explanation: "Er zijn genoeg bevoegde en geschoolde mensen om onderwijs en ondersteuning op maat te bieden.",
      evidenceHint: "Formatieplan voor de groep met functies en uren, en een scholingsplan waar nodig.",
    },
    {
      key: "verbinding-wijkteam",
      title: "Sterke verbinding met het (wijk)team",
      explanation:
        "De school heeft een stevige, vanzelfsprekende verbinding met het lokale (wijk)team van de gemeente, dat alle basisfuncties op orde heeft.",
      evidenceHint: "Naam van de contactpersoon in het wijkteam en afspraken over overleg en doorverwijzing.",
    },
    {
      key: "gespecialiseerde-zorgpartner",
      title: "Gekwalificeerde, gespecialiseerde zorgpartner",
      explanation:
        "Een goede zorgpartner zorgt voor zorgmedewerkers (zoals begeleiders en orthopedagogen), stuurt hen aan en coördineert andere zorg.",
      evidenceHint: "Samenwerkingsovereenkomst met de zorgaanbieder, met wie welke zorg levert en aanstuurt.",
    },
    {
      key: "leerlijn-en-opp",
      title: "Aparte leerlijn met een OPP per kind",
      explanation:
        "Elk kind heeft een ontwikkelingsperspectiefplan (OPP), met de ouders opgesteld: uitstroomperspectief, afwijkingen van programma en onderwijstijd (geregistreerd als geoorloofd verzuim) en een zorgparagraaf.",
      evidenceHint:
        "Gekozen leerlijn en de datum waarop elk OPP met de ouders is vastgesteld. Zet hier geen gegevens over kinderen zelf.",
    },
    {
      key: "inclusieve-cultuur",
      title: "Een cultuur waarin inclusie leeft",
      explanation:
        "Onderwijs- en zorgpersoneel leven inclusie samen voor, in taal en gedrag, naar leerlingen en ouders.",
      evidenceHint: "Teamafspraken of studiedagen over inclusie, en hoe het team dit bespreekt en volgt.",
    },
    {
      key: "schoolgids-en-website",
      title: "Aanbod beschreven in schoolgids en op de website",
      explanation:
        "De school beschrijft haar Samen naar School-aanbod (inhoudelijk profiel en omvang) in de schoolgids en op de website.",
      evidenceHint: "Link naar de pagina op de website en de paragraaf in de schoolgids.",
    },
    {
      key: "toegankelijkheid-en-veiligheid",
      title: "Fysieke toegankelijkheid en veiligheid",
      explanation:
        "Het gebouw is toegankelijk voor deze kinderen en de veiligheidsmaatregelen zijn op hen aangepast, ook bij calamiteiten.",
      evidenceHint: "Toegankelijkheidscheck van het gebouw en een aangepast ontruimingsplan.",
    },
    {
      key: "zorg-in-vakanties",
      title: "Zorg geregeld in de schoolvakanties",
      explanation:
        "De zorgaanbieder spreekt met de ouders af hoe begeleiding en zorg in de vakanties doorgaan; de school is bij dat overleg betrokken.",
      evidenceHint: "Vastgelegde vakantieafspraken tussen zorgaanbieder en ouders.",
    },
  ] satisfies ConditionItem[],
};
