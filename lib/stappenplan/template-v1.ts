// Stappenplan versie 1, naar de OCW-handreiking "Samen naar School-initiatieven" (verkennings-, voorbereidings- en
// inrichtingsfase). UITVOERING en BORGING zijn een aanvulling van het platform (Steunpunt: opstarten, inrichten,
// doorontwikkelen, borgen). Nooit wijzigen zodra een initiatief deze versie gebruikt: een wijziging is een nieuwe versie.
import type { StappenplanTemplate } from "./template-types";

const H = "Handreiking Samen naar School-initiatieven (OCW)";

export const STAPPENPLAN_V1: StappenplanTemplate = {
  version: 1,
  name: "Stappenplan Samen naar School (handreiking OCW)",
  steps: [
    // ── Verkenningsfase ──────────────────────────────────────────────────────────────────
    {
      key: "informeer-en-creeer-commitment",
      phase: "VERKENNING",
      required: true,
      title: "Informeer en creëer commitment",
      summary:
        "Vertel de belangrijkste betrokkenen wat jullie willen bereiken en vraag hen actief mee te doen aan de voorbereiding. Denk aan de beoogde school, andere ouders, het samenwerkingsverband (SWV) en de gemeente.",
      questions: [
        "Welke school hebben jullie op het oog, en wie spreek je daar als eerste aan (directie, schoolbestuur)?",
        "Welke andere ouders willen meedoen of hebben een kind voor wie dit initiatief past?",
        "Wie is je contactpersoon bij het samenwerkingsverband passend onderwijs en bij de gemeente?",
        "Welke goede voorbeelden uit de praktijk laat je zien om anderen enthousiast te maken (bijvoorbeeld Stichting MEES in Breda of De Klas op Wielen in Alkmaar)?",
        "Wie heeft al actief commitment gegeven voor de voorbereiding, en wie nog niet?",
      ],
      lead: {
        role: "OUDERS",
        note: "Meestal nemen ouders het initiatief, vaak samen met een school die gelooft in inclusie. Zij kennen hun kind het best en brengen de energie om te starten.",
      },
      deliverables: [
        "School, andere ouders, SWV en gemeente zijn geïnformeerd over wat jullie willen bereiken",
        "Overzicht van wie actief commitment heeft gegeven voor de voorbereiding (naam en organisatie)",
        "Vaste contactpersonen bij school, SWV en gemeente zijn bekend",
      ],
      source: `${H}, §Stappenplan – Verkenningsfase (Informeer en creëer commitment); §3 (smeed coalities)`,
    },
    {
      key: "beeld-op-hoofdlijnen",
      phase: "VERKENNING",
      required: true,
      title: "Begin met een beeld op hoofdlijnen (projectplan)",
      summary:
        "Bepaal samen met je belangrijkste partners hoe jullie het Samen naar School-initiatief in grote lijnen voor je zien. Leg dit vast in een kort projectplan op hoofdlijnen.",
      questions: [
        "Voor welke doelgroep willen jullie het initiatief starten (welke kinderen, welke leeftijd, ongeveer hoeveel)?",
        "Waarom willen jullie dit doen: wat levert het op ten opzichte van de huidige situatie, voor de kinderen, hun klasgenoten en de school?",
        "Waar willen jullie het organiseren: op welke reguliere basisschool, en is daar ruimte?",
        "Wat is er nodig om het initiatief op te zetten (mensen, ruimte, zorg, geld, tijd)?",
        "Wie zijn jullie belangrijkste partners, en wie schrijft mee aan het plan?",
      ],
      lead: {
        role: "OUDERS",
        note: "De initiatiefnemers (vaak ouders, soms de school) maken het beeld op hoofdlijnen, samen met hun belangrijkste partners.",
      },
      deliverables: [
        "Projectplan op hoofdlijnen (beeld op hoofdlijnen) met doelgroep, waarom, waar en wat er nodig is",
        "Projectplan op hoofdlijnen gedeeld met school, SWV en gemeente",
      ],
      source: `${H}, §Stappenplan – Verkenningsfase (Begin met een beeld op hoofdlijnen)`,
    },
    // ── Voorbereidingsfase ───────────────────────────────────────────────────────────────
    {
      key: "onderwijsbehoeften-in-kaart",
      phase: "VOORBEREIDING",
      required: true,
      title: "Breng onderwijsbehoeften en -mogelijkheden in kaart",
      summary:
        "Breng in kaart waar de kinderen in de beoogde doelgroep wel en niet toe in staat zijn en waar hun ontwikkelpotentieel ligt. Maak concreet welke ondersteuning, jeugdhulp en zorg nodig zijn.",
      questions: [
        "Wat kunnen de kinderen wel en (nog) niet, en waar ligt hun ontwikkelpotentieel?",
        "Waar overlapt hun programma met het reguliere programma van de school: bij welke lessen en activiteiten kunnen ze aansluiten?",
        "Welke ondersteuning hebben ze nodig om onderwijs te kunnen volgen?",
        "Welke jeugdhulp en (medische) zorg hebben ze nodig, ook tijdens schooltijd?",
        "Wat vraagt dit van het gebouw, de faciliteiten en de deskundigheid van het personeel?",
      ],
      lead: {
        role: "SCHOOL",
        note: "De school brengt dit in kaart samen met de ouders: zij kennen hun kind het best. De ondersteuningsbehoefte van het kind is leidend.",
      },
      deliverables: [
        "Overzicht per kind van mogelijkheden, ontwikkelpotentieel en benodigde ondersteuning, jeugdhulp en zorg (alleen zichtbaar voor wie met het kind werkt)",
        "Beschrijving van de overlap met het reguliere programma van de school",
        "Samenvatting op groepsniveau (zonder namen) als basis voor scenario, zorg en arrangement",
      ],
      source: `${H}, §Stappenplan – Voorbereidingsfase (Breng onderwijsbehoeften en -mogelijkheden in kaart); §1`,
    },
    {
      key: "kies-scenario",
      phase: "VOORBEREIDING",
      required: true,
      title: "Kies een scenario",
      summary:
        "Kies hoe jullie het onderwijs inrichten: als integraal onderwijs-zorgarrangement binnen de reguliere basisschool (scenario 1) of als nevenvestiging van een SO-school in de reguliere basisschool (scenario 2).",
      questions: [
        "Scenario 1: wil het bestuur van de reguliere school de kinderen zelf inschrijven en met SWV, gemeente(n) en zorgkantoor een integraal onderwijs-zorgarrangement afspreken?",
        "Scenario 2: is er een school voor speciaal onderwijs (SO-school) die een nevenvestiging wil openen in de reguliere school, met de kinderen ingeschreven op de SO-school?",
        "Hoe draagt het SWV bij: met budget voor de groep (scenario 1) of met een toelaatbaarheidsverklaring (TLV) per kind (scenario 2)?",
        "Wat betekent elk scenario voor de ouders, voor de school waar de kinderen staan ingeschreven en voor het toezicht van de inspectie?",
      ],
      lead: {
        role: "SCHOOLBESTUUR",
        note: "Het bestuur van de reguliere school kiest, in overleg met ouders en SWV. Bij scenario 2 beslist ook het bestuur van de SO-school mee.",
      },
      deliverables: [
        "Gekozen scenario (1 of 2) vastgelegd, met de reden van de keuze",
        "Schoolbestuur (bij scenario 2 ook de SO-school), SWV en ouders staan achter de keuze",
      ],
      source: `${H}, §Stappenplan – Voorbereidingsfase (Kies een scenario voor inrichting); §3A Onderwijs`,
    },
    {
      key: "organiseer-zorg",
      phase: "VOORBEREIDING",
      required: true,
      title: "Bepaal hoe je de zorg organiseert",
      summary:
        "Voor de jeugdhulp en zorg is een gecontracteerde zorgaanbieder nodig. Kies of een bestaande aanbieder de zorg kan organiseren, of dat er een nieuwe aanbieder komt, opgezet door ouders of door het schoolbestuur.",
      questions: [
        "Kan een bestaande, gecontracteerde jeugdhulp- of zorgaanbieder de benodigde zorg al organiseren?",
        "Zo niet: zetten ouders samen een eigen stichting of vereniging op als zorgaanbieder, of zet het schoolbestuur zelf een zorgaanbieder op?",
        "Door wie wordt de zorg gecontracteerd: gemeente, zorgkantoor, zorgverzekeraar of de ouders met een persoonsgebonden budget (pgb)?",
        "Welke zorgbudgetten vragen de ouders aan (en beheren ze soms zelf), en wie helpt hen daarbij?",
        "Wie zorgt voor de aansturing van zorgmedewerkers (zoals begeleiders en orthopedagogen) en de coördinatie met andere zorg- en hulpverleners?",
      ],
      lead: {
        role: "GEMEENTE",
        note: "De gemeente is de aangewezen partij om de zorgomgeving te coördineren. De keuze voor een aanbieder maken schoolbestuur en ouders samen; ouders vragen in alle gevallen de zorgbudgetten aan.",
      },
      deliverables: [
        "Gekozen zorgoptie vastgelegd: bestaande aanbieder, nieuw door ouders of nieuw door het schoolbestuur",
        "Overzicht van welke zorgbudgetten per kind nodig zijn en wie ze aanvraagt",
        "Gemeente (en waar nodig het zorgkantoor) is op de hoogte van de keuze",
      ],
      source: `${H}, §Stappenplan – Voorbereidingsfase (Bepaal hoe je de zorg organiseert); §3B Zorg; §4`,
    },
    {
      key: "tlv-aanvragen",
      phase: "VOORBEREIDING",
      required: true,
      when: { scenario: ["SCENARIO_2"] },
      title: "Vraag per kind een toelaatbaarheidsverklaring (TLV) aan bij het SWV",
      summary:
        "In scenario 2 staan de kinderen ingeschreven op de SO-school. Daarvoor geeft het samenwerkingsverband per kind een toelaatbaarheidsverklaring (TLV) af.",
      questions: [
        "Voor welke kinderen is een TLV nodig, en welke kinderen hebben er al een?",
        "Welke procedure en welke gegevens vraagt jullie SWV voor een TLV?",
        "Wie stelt de aanvraag op, en hoe worden de ouders erbij betrokken?",
        "Wanneer moeten de TLV's er zijn, zodat de kinderen op tijd ingeschreven kunnen worden?",
      ],
      lead: {
        role: "SCHOOLBESTUUR",
        note: "De SO-school waar de kinderen worden ingeschreven ligt voor de hand als trekker, samen met de ouders. Het SWV geeft de TLV af; volg de procedure van jullie eigen SWV.",
      },
      deliverables: ["TLV afgegeven door het SWV voor elk kind in de groep", "Kinderen ingeschreven op de SO-school"],
      source: `${H}, §3A Onderwijs – Scenario 2`,
    },
    {
      key: "instemming-nevenvestiging",
      phase: "VOORBEREIDING",
      required: true,
      when: { scenario: ["SCENARIO_2"] },
      title: "Regel instemming van gemeente en SWV voor de nevenvestiging van de SO-school",
      summary:
        "Een SO-school die binnen de reguliere school een nevenvestiging opent, heeft daarvoor toestemming nodig van de gemeente en van het samenwerkingsverband.",
      questions: [
        "Welke SO-school en welk schoolbestuur openen de nevenvestiging, en in welke reguliere school?",
        "Wie beslist bij de gemeente en bij het SWV over de toestemming, en wat willen zij weten?",
        "Welke informatie is nodig voor het oprichten van een nevenvestiging (zie de website van DUO)?",
        "Welke afspraken maken de SO-school en de reguliere school over ruimte, personeel en samenwerking?",
      ],
      lead: {
        role: "SCHOOLBESTUUR",
        note: "Het bestuur van de SO-school vraagt de toestemming aan; de reguliere school en de ouders ondersteunen de aanvraag.",
      },
      deliverables: [
        "Toestemming van de gemeente voor de nevenvestiging, vastgelegd",
        "Toestemming van het SWV voor de nevenvestiging, vastgelegd",
        "Samenwerkingsafspraken tussen SO-school en reguliere school vastgelegd",
      ],
      source: `${H}, §3A Onderwijs – Scenario 2 (voetnoot 4: toestemming van gemeente en samenwerkingsverband, zie DUO)`,
    },
    {
      key: "stichting-oprichten",
      phase: "VOORBEREIDING",
      required: true,
      when: { careOption: ["NIEUW_DOOR_OUDERS"] },
      title: "Richt een stichting of vereniging op als zorgaanbieder",
      summary:
        "Samenwerkende ouders zetten, in overleg met het schoolbestuur, een aparte rechtspersoon op. Die wordt zelf een te contracteren zorgaanbieder en neemt personeel in dienst voor het initiatief.",
      questions: [
        "Kiezen jullie voor een stichting (ouders als deelnemers) of een vereniging (ouders als lid)?",
        "Wie nemen de bestuurlijke verantwoordelijkheid, en hoe blijven alle betrokken ouders aangehaakt?",
        "Welk personeel (zoals begeleiders en orthopedagogen) neemt de stichting of vereniging in dienst, en wie stuurt hen aan?",
        "Welke afspraken maken jullie met het schoolbestuur over de samenwerking in de school?",
        "Waar halen jullie juridisch en organisatorisch advies, bijvoorbeeld bij ondersteuners van Samen naar School-initiatieven?",
      ],
      lead: {
        role: "OUDERS",
        note: "Samenwerkende ouders richten de rechtspersoon op, in overleg met het schoolbestuur.",
      },
      deliverables: [
        "Stichting of vereniging opgericht, met bestuur en rolverdeling vastgelegd",
        "Afspraken met het schoolbestuur over de samenwerking vastgelegd",
        "Personeelsplan: welke functies, hoeveel uur, wie stuurt aan",
      ],
      source: `${H}, §3B Zorg – optie 2 (zorgaanbieder opgezet door samenwerkende ouders)`,
    },
    {
      key: "gecontracteerd-worden",
      phase: "VOORBEREIDING",
      required: true,
      when: { careOption: ["NIEUW_DOOR_OUDERS", "NIEUW_DOOR_BESTUUR"] },
      title: "Laat de nieuwe zorgaanbieder contracteren door gemeente/zorgkantoor",
      summary:
        "De zorg in het initiatief komt van een gecontracteerde aanbieder. Zorg dat de nieuwe aanbieder gecontracteerd wordt door de gemeente, het zorgkantoor of de zorgverzekeraar, of dat ouders de zorg met een pgb bij haar inkopen.",
      questions: [
        "Welke zorg valt onder de Jeugdwet of Wmo (gemeente), welke onder de Wlz (zorgkantoor) en welke onder de Zvw (zorgverzekeraar)?",
        "Bij welke gemeente(n) en welk zorgkantoor moet de aanbieder gecontracteerd worden, en wat zijn hun eisen en termijnen?",
        "Voor welke kinderen kopen ouders de zorg in met een pgb?",
        "Wie is het aanspreekpunt bij gemeente en zorgkantoor voor de contractering?",
      ],
      lead: {
        role: "ZORGAANBIEDER",
        note: "De nieuwe zorgaanbieder (de stichting of vereniging van ouders, of de aanbieder van het schoolbestuur) trekt dit. De gemeente coördineert de zorgomgeving.",
      },
      deliverables: [
        "Contract(en) met gemeente(n) en/of zorgkantoor, of afspraken met ouders over inkoop via pgb",
        "Overzicht per kind: welke zorg, via welke financier",
      ],
      source: `${H}, §3B Zorg (contractering door gemeente, zorgkantoor, zorgverzekeraar of ouders via pgb); §4`,
    },
    {
      key: "zorgaanbieder-door-bestuur",
      phase: "VOORBEREIDING",
      required: true,
      when: { careOption: ["NIEUW_DOOR_BESTUUR"] },
      title: "Richt als schoolbestuur een contracteerbare zorgaanbieder op",
      summary:
        "Het schoolbestuur zet zelf een te contracteren zorgaanbieder op. Zo haalt het de expertise en uitvoeringskracht in de eigen organisatie, door zelf zorgpersoneel aan te nemen.",
      questions: [
        "Hoe richt het bestuur de zorgaanbieder in naast de onderwijsorganisatie?",
        "Welk zorgpersoneel (zoals begeleiders en orthopedagogen) neemt het bestuur aan, en met welke deskundigheid?",
        "Hoe houden jullie onderwijs- en zorgtaken, en de geldstromen daarvoor, zichtbaar uit elkaar?",
        "Hoe betrekken jullie de ouders, die de zorgbudgetten aanvragen?",
      ],
      lead: { role: "SCHOOLBESTUUR", note: "Het schoolbestuur zet de zorgaanbieder op en neemt het personeel aan." },
      deliverables: [
        "Zorgaanbieder opgericht door het schoolbestuur, met de aansturing vastgelegd",
        "Wervingsplan voor het zorgpersoneel",
      ],
      source: `${H}, §3B Zorg – optie 3 (zorgaanbieder opgezet door het schoolbestuur)`,
    },
    {
      key: "afspraken-bestaande-aanbieder",
      phase: "VOORBEREIDING",
      required: true,
      when: { careOption: ["BESTAANDE_AANBIEDER"] },
      title: "Maak afspraken met een bestaande gecontracteerde zorgaanbieder",
      summary:
        "Het schoolbestuur werkt samen met een bestaande, al gecontracteerde jeugdhulp- of zorgaanbieder. Leg vast wat die aanbieder in de school gaat doen.",
      questions: [
        "Welke aanbieder is al gecontracteerd door gemeente, zorgkantoor of zorgverzekeraar en heeft ervaring met deze kinderen?",
        "Welke zorgmedewerkers (zoals begeleiders en orthopedagogen) zet de aanbieder in, en wie stuurt hen aan?",
        "Hoe coördineert de aanbieder de andere zorg- en hulpverleners rond de kinderen?",
        "Hoe regelt de aanbieder met de ouders de begeleiding en zorg in de schoolvakanties?",
      ],
      lead: {
        role: "SCHOOLBESTUUR",
        note: "Het schoolbestuur maakt de afspraken met de aanbieder, in overleg met de ouders.",
      },
      deliverables: [
        "Samenwerkingsafspraken tussen schoolbestuur en zorgaanbieder vastgelegd",
        "Overzicht van de in te zetten zorgmedewerkers en wie hen aanstuurt",
      ],
      source: `${H}, §3B Zorg – optie 1 (bestaande gecontracteerde aanbieder); §5 (zorgpartner)`,
    },
    // ── Inrichtingsfase ──────────────────────────────────────────────────────────────────
    {
      key: "bestuurlijk-gesprek",
      phase: "INRICHTING",
      required: true,
      title: "Voer het bestuurlijk gesprek",
      summary:
        "Organiseer het gesprek op bestuurlijk niveau tussen gemeenten, samenwerkingsverband, zorgkantoor en de betrokken schoolbesturen. Maak afspraken over inhoud, organisatie, personeel, financiën en monitoring en evaluatie.",
      questions: [
        "Wie zitten er aan tafel: welke gemeente(n), het SWV, het zorgkantoor en welke schoolbesturen?",
        "Staan inhoud, organisatie, personeel, financiën en (monitoring en) evaluatie op de gespreksagenda?",
        "Welke input leveren de initiatiefnemers vooraf (projectplan, onderwijsbehoeften, gekozen scenario en zorgoptie)?",
        "Wat is in het OOGO tussen SWV en gemeenten al afgesproken over leerlingenvervoer, onderwijshuisvesting en toegang tot jeugdhulp, en wat betekent dat voor dit initiatief?",
        "Zijn er meerdere gemeenten betrokken? Gebruiken zij dan dezelfde taal en begrippen?",
      ],
      lead: {
        role: "SWV",
        note: "Het SWV is de aangewezen coördinator als het onderwijs de basis is: het heeft de wettelijke taak voor een dekkend netwerk van voorzieningen in de regio. De gemeente speelt dezelfde rol voor de zorg.",
      },
      deliverables: [
        "Gespreksagenda met inhoud, organisatie, personeel, financiën en monitoring en evaluatie",
        "Input van de initiatiefnemers vooraf gedeeld met alle deelnemers",
        "Verslag met de bestuurlijke afspraken en wie wat doet",
      ],
      source: `${H}, §Stappenplan – Inrichtingsfase (Voer het bestuurlijk gesprek); §3C (OOGO); §4 Wie verzorgt de coördinerende rol?`,
    },
    {
      key: "praktijkgesprek",
      phase: "INRICHTING",
      required: true,
      title: "Voer het praktijkgesprek",
      summary:
        "Organiseer het praktische gesprek tussen school, jeugdhulp- en zorgaanbieder(s) en ouders. Spreek af hoe het initiatief in de dagelijkse praktijk werkt en welke concrete opbrengsten jullie verwachten.",
      questions: [
        "Hoe ziet een schooldag eruit: wie doet wat, wanneer en waar?",
        "Bij welke activiteiten doen de kinderen mee met de reguliere klassen?",
        "Hoe verdelen onderwijs- en zorgpersoneel de taken en verantwoordelijkheden, en hoe stemmen zij af?",
        "Hoe en hoe vaak praten ouders, school en zorgaanbieder met elkaar over elk kind?",
        "Welke concrete opbrengsten verwachten jullie, en waaraan merken jullie dat?",
      ],
      lead: {
        role: "SCHOOL",
        note: "De school organiseert het gesprek, want het initiatief draait binnen haar muren. Ouders en zorgaanbieder(s) zijn gelijkwaardige gesprekspartners.",
      },
      deliverables: [
        "Werkafspraken over de dagelijkse praktijk (taken, verantwoordelijkheden, overleg)",
        "Lijst met verwachte concrete opbrengsten",
      ],
      source: `${H}, §Stappenplan – Inrichtingsfase (Voer het praktijkgesprek); §2; §6`,
    },
    {
      key: "randvoorwaarden-op-school",
      phase: "INRICHTING",
      required: true,
      title: "Randvoorwaarden op school",
      summary:
        "Loop de checklist met randvoorwaarden op school na en regel wat nog ontbreekt: personeel, een aparte leerlijn met een OPP per kind, toegankelijkheid en veiligheid, zorg in de vakanties en de beschrijving in de schoolgids.",
      questions: [
        "Is er voldoende gekwalificeerd personeel voor onderwijs en ondersteuning op maat, en is er draagvlak bij team en ouders?",
        "Is er een aparte leerlijn, en heeft elk kind een ontwikkelingsperspectiefplan (OPP) met verwacht eindniveau, uitstroomperspectief, afwijkingen van programma en onderwijstijd, en een apart deel over zorg?",
        "Is het gebouw fysiek toegankelijk, en zijn de veiligheidsmaatregelen (ook bij calamiteiten) aangepast op deze kinderen?",
        "Heeft de zorgaanbieder met de ouders afgesproken hoe begeleiding en zorg in de schoolvakanties geregeld zijn, met de school erbij?",
        "Staat het Samen naar School-aanbod (inhoudelijk profiel en omvang) in de schoolgids en op de website?",
        "Heeft de school een stevige verbinding met het lokale (wijk)team van de gemeente?",
      ],
      lead: {
        role: "SCHOOL",
        note: "De school regelt de randvoorwaarden binnen haar muren, met de ouders erbij; het schoolbestuur geeft rugdekking.",
      },
      deliverables: [
        "Checklist randvoorwaarden ingevuld, met per punt wie het regelt",
        "OPP per kind opgesteld in overleg met de ouders (afwijkende onderwijstijd onderbouwd en geregistreerd als geoorloofd verzuim)",
        "Afspraken over zorg in de schoolvakanties vastgelegd",
        "Schoolgids en website beschrijven het Samen naar School-aanbod",
      ],
      source: `${H}, §5 Randvoorwaarden op school`,
    },
    {
      key: "integraal-arrangement",
      phase: "INRICHTING",
      required: true,
      title: "Leg het integraal onderwijs-zorgarrangement vast",
      summary:
        "Leg vast hoe onderwijs, jeugdhulp en zorg en hun bekostiging worden gecombineerd. Bij elk onderdeel staat wie betaalt, uit welke geldstroom en waarom, zodat je kunt laten zien dat de kostenverdeling bewust is gekozen.",
      questions: [
        "Welk deel van de zorg is onderwijsondersteunend (maakt het volgen van onderwijs mogelijk) en wordt dus betaald uit de onderwijsbekostiging?",
        "Welke aanvullende begeleiding en individuele (medische) zorg en behandeling worden betaald uit de Jeugdwet of Wmo (gemeente), de Wlz (zorgkantoor) of de Zvw (zorgverzekeraar), en wat loopt via een pgb van de ouders?",
        "Hoe beslissen jullie bij twijfelgevallen (bijvoorbeeld: is training van planningsvaardigheden onderwijs of jeugdhulp?), en waarom zo?",
        "Scenario 1: welk budget stelt het SWV beschikbaar, en past dat bij de werkelijke ondersteuningsbehoeften van de groep?",
        "Kunnen jullie later laten zien dat er bewust is nagedacht over de kostenverdeling (rechtmatigheid)?",
      ],
      lead: {
        role: "SCHOOLBESTUUR",
        note: "Het schoolbestuur maakt de afspraken met SWV, gemeente(n) en zorgkantoor (bij scenario 2 het bestuur van de SO-school), in nauwe samenwerking met de ouders. De gemeente kijkt mee naar het zorgdeel.",
      },
      deliverables: [
        "Integraal onderwijs-zorgarrangement vastgelegd: per onderdeel wie betaalt, uit welke geldstroom en waarom",
        "Akkoord van schoolbestuur, SWV, gemeente(n) en zorgkantoor op het arrangement",
        "Onderbouwing van de kostenverdeling, klaar voor de verantwoording van rechtmatigheid",
      ],
      source: `${H}, §3A Onderwijs (scenario 1 en 2); §3C Integraal arrangeren en financieren van onderwijs, jeugdhulp en zorg`,
    },
    // ── Uitvoering (aanvulling platform) ─────────────────────────────────────────────────
    {
      key: "ga-aan-de-slag",
      phase: "UITVOERING",
      required: true,
      title: "Ga aan de slag, monitor en blijf leren",
      summary:
        "Het initiatief draait. Volg samen hoe het gaat met de kinderen en met de samenwerking, en stuur bij waar nodig.",
      questions: [
        "Hoe volgen jullie de ontwikkeling van elk kind ten opzichte van het OPP, en hoe vaak bespreken jullie dat met de ouders?",
        "Werken de afspraken uit het praktijkgesprek in de dagelijkse praktijk, en wat moet anders?",
        "Hoe houden onderwijs- en zorgpersoneel elkaar op de hoogte en leren ze van elkaar?",
        "Hoe luisteren jullie naar de kinderen zelf en nemen jullie hun inbreng serieus?",
        "Welke gegevens houden jullie bij voor de evaluatie (bijvoorbeeld inzet van personeel en uitgaven per geldstroom)?",
      ],
      lead: {
        role: "SCHOOL",
        note: "De school leidt de dagelijkse uitvoering, samen met de zorgaanbieder en de ouders.",
      },
      deliverables: [
        "Vast overlegritme tussen school, zorgaanbieder en ouders staat in de agenda",
        "Voortgang per kind wordt bijgehouden en met de ouders besproken",
        "Overzicht van knelpunten en verbeteringen wordt bijgehouden",
      ],
      source: `Aanvulling platform (de handreiking eindigt bij de inrichtingsfase). Basis: ${H}, §2 (blijven leren), §5, §6; Steunpunt Passend Onderwijs, ondersteuningstraject Samen naar School 2022`,
    },
    // ── Borging (aanvulling platform) ────────────────────────────────────────────────────
    {
      key: "jaarlijkse-evaluatie",
      phase: "BORGING",
      required: true,
      title: "Jaarlijkse evaluatie en borging",
      summary:
        "Evalueer elk jaar met alle partijen hoe het initiatief loopt en wat er beter kan. Vernieuw op basis daarvan het integraal onderwijs-zorgarrangement.",
      questions: [
        "Wat is er voor de kinderen bereikt, vergeleken met de verwachte opbrengsten uit het praktijkgesprek?",
        "Past de kostenverdeling in het arrangement nog bij de werkelijke ondersteuningsbehoeften van de groep?",
        "Welke randvoorwaarden op school vragen aandacht (personeel, OPP's, toegankelijkheid, zorg in de vakanties)?",
        "Welke kinderen stromen in of uit, en wat betekent dat voor de groep en de budgetten?",
        "Wat nemen SWV en gemeente mee in hun beeld van het dekkend aanbod en van de vraag naar jeugdhulp in de regio?",
      ],
      lead: {
        role: "SWV",
        note: "Het SWV overziet het initiatief met een bredere blik en moet zicht hebben op het dekkend aanbod in de regio. School, ouders, zorgaanbieder en gemeente leveren de input.",
      },
      deliverables: [
        "Evaluatieverslag met conclusies en verbeterpunten, gedeeld met alle partijen",
        "Vernieuwd integraal onderwijs-zorgarrangement voor het volgende schooljaar",
        "OPP's en werkafspraken bijgewerkt waar dat nodig is",
      ],
      source: `Aanvulling platform (borgen en doorontwikkelen). Basis: ${H}, §3C, §4, §6; Steunpunt Passend Onderwijs, ondersteuningstraject Samen naar School (opstarten, inrichten, doorontwikkelen, borgen); monitoring dekkend aanbod door het SWV`,
    },
  ],
};
