// Invented, Dutch-sounding names for generated organisations and people. Organisation names
// always carry a number: it keeps them unique and makes plain that they are not real places
// or schools (they are also stored with fictitious: true).
import type { Random } from "./random";

const PLACE_HEADS = [
  "Eiken",
  "Linden",
  "Beuken",
  "Berken",
  "Wilgen",
  "Hazel",
  "Elzen",
  "Essen",
  "Vlier",
  "Heide",
  "Zand",
  "Klei",
  "Veen",
  "Riet",
  "Moer",
  "Duin",
  "Kreek",
  "Polder",
  "Dijk",
  "Meer",
  "Noorder",
  "Zuider",
  "Ooster",
  "Wester",
  "Hoog",
  "Laag",
  "Groen",
  "Blauw",
  "Zilver",
  "Molen",
  "Brug",
  "Sluis",
  "Kasteel",
  "Klooster",
  "Vos",
  "Reigers",
  "Zwanen",
  "Ganzen",
  "Kievit",
  "Valk",
];
const PLACE_TAILS = [
  "broek",
  "horst",
  "wijk",
  "veld",
  "dam",
  "dijk",
  "rode",
  "loo",
  "hoven",
  "zijl",
  "beek",
  "wold",
  "kerk",
  "sluis",
  "hout",
  "donk",
  "schot",
  "vliet",
  "mond",
  "oord",
  "burg",
  "haven",
  "meer",
  "stein",
  "berg",
  "ven",
  "lo",
  "rade",
  "weerd",
  "hem",
];

/** The n-th invented place name: every (head, tail) pair once, in a shuffled but fixed order. */
export function placeName(n: number): string {
  const combos = PLACE_HEADS.length * PLACE_TAILS.length;
  // Multiplying by a number coprime with `combos` walks all pairs without repeating.
  const k = (n * 617) % combos;
  return PLACE_HEADS[Math.floor(k / PLACE_TAILS.length)]! + PLACE_TAILS[k % PLACE_TAILS.length]!;
}

export function gemeenteName(place: string, n: number): string {
  return `Gemeente ${place} ${n}`;
}

export function swvName(place: string, n: number): string {
  return `Samenwerkingsverband Passend Onderwijs ${place} e.o. ${n}`;
}

const BOARD_KINDS = [
  "Stichting Openbaar Primair Onderwijs",
  "Stichting Katholiek Onderwijs",
  "Stichting Christelijk Primair Onderwijs",
  "Stichting Primair Onderwijs",
  "Vereniging voor Protestants-Christelijk Onderwijs",
  "Stichting Samenwerkingsscholen",
];

export function boardName(rng: Random, place: string, n: number): string {
  return `${rng.pick(BOARD_KINDS)} ${place} ${n}`;
}

const SCHOOL_KINDS = [
  "Basisschool",
  "Openbare Basisschool",
  "Katholieke Basisschool",
  "Christelijke Basisschool",
  "Montessorischool",
  "Daltonschool",
  "Jenaplanschool",
  "Kindcentrum",
];
const SCHOOL_NAMES = [
  "De Regenboog",
  "De Vlinder",
  "Het Kompas",
  "De Zeester",
  "De Wilgenhoek",
  "Het Palet",
  "De Klimboom",
  "De Zonnebloem",
  "De Springplank",
  "Het Anker",
  "De Toermalijn",
  "De Boomgaard",
  "Het Mozaïek",
  "De Horizon",
  "De Eikenhof",
  "De Fontein",
  "De Meander",
  "Het Baken",
  "De Ontdekking",
  "De Notenkraker",
  "De Tweemaster",
  "Het Speelkwartier",
  "De Wingerd",
  "De Lichtboei",
  "De Windroos",
  "De Merel",
  "Het Vogelnest",
  "De Kleine Prins",
  "De Sterrenwacht",
  "De Bolster",
  "De Parel",
  "Het Klavertje",
];

/** The full name and the short one used in initiative names ("De Regenboog 12"). */
export function schoolName(rng: Random, n: number): { name: string; short: string } {
  const short = `${rng.pick(SCHOOL_NAMES)} ${n}`;
  return { name: `${rng.pick(SCHOOL_KINDS)} ${short}`, short };
}

const CARE_KINDS = [
  "Zorggroep",
  "Stichting Kinderzorg",
  "Kindzorg",
  "Jeugdzorg",
  "Stichting Zorg op Maat",
  "Zorgcentrum",
  "Thuiszorg Kind en Gezin",
];

export function zorgaanbiederName(rng: Random, place: string, n: number): string {
  return `${rng.pick(CARE_KINDS)} ${place} ${n}`;
}

export function zorgkantoorName(place: string, n: number): string {
  return `Zorgkantoor ${place} ${n}`;
}

const PARENT_INITIATIVE_KINDS = [
  "Stichting Samen naar School",
  "Vereniging Samen Leren",
  "Stichting Klas op Maat",
  "Stichting Iedereen Naar School",
  "Ouderinitiatief Samen Wijs",
];

export function ouderinitiatiefName(rng: Random, place: string, n: number): string {
  return `${rng.pick(PARENT_INITIATIVE_KINDS)} ${place} ${n}`;
}

const FIRST_NAMES = [
  "Sanne",
  "Lotte",
  "Emma",
  "Fleur",
  "Anouk",
  "Iris",
  "Naima",
  "Fatima",
  "Joyce",
  "Marieke",
  "Ingrid",
  "Esther",
  "Linda",
  "Femke",
  "Yara",
  "Noor",
  "Mark",
  "Tom",
  "Bas",
  "Ruud",
  "Kees",
  "Wim",
  "Ahmed",
  "Mohamed",
  "Daan",
  "Thijs",
  "Jeroen",
  "Pieter",
  "Sem",
  "Lucas",
  "Youssef",
  "Niels",
];
const LAST_NAMES = [
  "de Vries",
  "Jansen",
  "van den Berg",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "de Wit",
  "Dijkstra",
  "Smits",
  "de Graaf",
  "van der Meer",
  "Kok",
  "Jacobs",
  "El Amrani",
  "Bouzid",
  "Yilmaz",
  "Verhoeven",
];

export function personName(rng: Random): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

const PROGRAMME_NAMES = [
  "Samen naar School",
  "Klas op Maat",
  "Samen Leren",
  "Zorgklas",
  "Iedereen Welkom",
  "Kind in de Wijk",
  "De Brugklas",
];

export function initiativeName(rng: Random, place: string, schoolShortName: string): string {
  return `${rng.pick(PROGRAMME_NAMES)} ${place} – ${schoolShortName}`;
}
