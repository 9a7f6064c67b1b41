// The national landscape: gemeenten grouped into SWV regions, school boards and their
// schools, zorgaanbieders and zorgkantoren per region. The demo's gemeenten and SWVs are part
// of it, so the demo accounts of Breda see national-scale data. Codes live in ranges the
// demo does not use: CBS GM9xxx, SWV "PO 9x-yy", BRIN 9 + three characters (not 97/98).
import type { Prisma } from "../../generated/prisma/client";
import { GEMEENTEN, OVERIGE_ORGANISATIES, SWV_GEMEENTEN, SWVS } from "../demo-data";
import { boardName, gemeenteName, placeName, schoolName, swvName, zorgaanbiederName, zorgkantoorName } from "./names";
import type { Random } from "./random";
import type { Counts } from "./scale";

export const GENERATED_ID_PREFIX = "gen_";

export interface GemeenteInfo {
  id: string;
  place: string;
  /** Relative size: more schools, more initiatives. */
  weight: number;
  schools: number[];
}
export interface Region {
  swvId: string;
  gemeenten: number[];
  boards: string[];
  zorgaanbieders: string[];
  zorgkantoorId: string;
}
export interface SchoolInfo {
  id: string;
  name: string;
  shortName: string;
  boardId: string;
  gemeente: number;
}
export interface Landscape {
  gemeenten: GemeenteInfo[];
  regions: Region[];
  schools: SchoolInfo[];
  organisations: Prisma.OrganisationCreateManyInput[];
  swvGemeenten: Prisma.SwvGemeenteCreateManyInput[];
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const BRIN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const BRIN_SECOND = BRIN_CHARS.replace(/[78]/g, "");

/** 9 + three characters, never 97xx or 98xx (the demo's); five characters beyond 44,064 schools. */
export function brinCode(n: number): string {
  const per = BRIN_CHARS.length * BRIN_CHARS.length;
  const short = BRIN_SECOND.length * per;
  if (n < short)
    return (
      "9" +
      BRIN_SECOND[Math.floor(n / per)]! +
      BRIN_CHARS[Math.floor(n / BRIN_CHARS.length) % BRIN_CHARS.length]! +
      BRIN_CHARS[n % BRIN_CHARS.length]!
    );
  let rest = n - short;
  let code = "";
  for (let i = 0; i < 3; i++, rest = Math.floor(rest / BRIN_CHARS.length))
    code = BRIN_CHARS[rest % BRIN_CHARS.length]! + code;
  return `9Z${BRIN_SECOND[rest % BRIN_SECOND.length]}${code}`;
}
export const cbsCode = (n: number) => `GM9${pad(n, 3)}`;
export const swvCode = (n: number) => `PO 9${Math.floor(n / 100)}-${pad(n % 100, 2)}`;

// The demo's gemeenten with a size, so Breda (a city) gets more schools than Drimmelen.
const DEMO_WEIGHTS: Record<string, number> = {
  org_gm0758: 8,
  org_gm1719: 2,
  org_gm0826: 3,
  org_gm0361: 5,
  org_gm0399: 2,
  org_gm0373: 2,
};
const DEMO_ZORGKANTOOR: Record<string, string> = { org_swv_breda: "org_zk_westbrabant" };

export function buildLandscape(rng: Random, counts: Counts, createdAt: Date): Landscape {
  const organisations: Prisma.OrganisationCreateManyInput[] = [];
  const swvGemeenten: Prisma.SwvGemeenteCreateManyInput[] = [];
  const add = (row: Omit<Prisma.OrganisationCreateManyInput, "fictitious" | "createdAt" | "updatedAt">) =>
    organisations.push({ ...row, fictitious: true, createdAt, updatedAt: createdAt });

  // Gemeenten: the demo's six, then the generated ones.
  const gemeenten: GemeenteInfo[] = GEMEENTEN.map((g) => ({
    id: g.id,
    place: g.name.replace(/^Gemeente /, ""),
    weight: DEMO_WEIGHTS[g.id] ?? 2,
    schools: [],
  }));
  const firstGenerated = gemeenten.length;
  for (let i = 0; i < counts.gemeenten; i++) {
    const place = placeName(i);
    const id = `${GENERATED_ID_PREFIX}gm_${pad(i + 1, 4)}`;
    gemeenten.push({ id, place, weight: rng.pick([1, 1, 1, 2, 2, 3, 4, 6]), schools: [] });
    add({ id, kind: "GEMEENTE", name: gemeenteName(place, i + 1), cbsCode: cbsCode(i) });
  }
  const indexOf = new Map(gemeenten.map((g, i) => [g.id, i]));

  // Regions: the demo SWVs keep their gemeenten; generated SWVs take consecutive blocks of
  // the generated gemeenten, and now and then a gemeente is split with the next region.
  const regions: Region[] = SWVS.map((s) => ({
    swvId: s.id,
    gemeenten: SWV_GEMEENTEN.filter((l) => l.swvId === s.id).map((l) => indexOf.get(l.gemeenteId)!),
    boards: [],
    zorgaanbieders: OVERIGE_ORGANISATIES.filter((o) => o.kind === "ZORGAANBIEDER" && demoRegionOf(o.id) === s.id).map(
      (o) => o.id,
    ),
    zorgkantoorId: DEMO_ZORGKANTOOR[s.id] ?? "",
  }));
  const G = counts.gemeenten;
  for (let j = 0; j < counts.swvs; j++) {
    const id = `${GENERATED_ID_PREFIX}swv_${pad(j + 1, 3)}`;
    const from = Math.floor((j * G) / counts.swvs);
    const to = Math.max(from + 1, Math.floor(((j + 1) * G) / counts.swvs));
    const covered: number[] = [];
    for (let g = from; g < Math.min(to, G); g++) covered.push(firstGenerated + g);
    if (covered.length === 0) covered.push(firstGenerated + (j % G));
    // The last gemeente of the previous block is sometimes shared with this region.
    if (j > 0 && from > 0 && rng.chance(0.08)) covered.unshift(firstGenerated + from - 1);
    const place = gemeenten[covered[covered.length - 1]!]!.place;
    add({ id, kind: "SWV", name: swvName(place, j + 1), swvCode: swvCode(j) });
    for (const g of new Set(covered)) swvGemeenten.push({ swvId: id, gemeenteId: gemeenten[g]!.id });
    regions.push({ swvId: id, gemeenten: [...new Set(covered)], boards: [], zorgaanbieders: [], zorgkantoorId: "" });
  }
  const regionOfGemeente = new Map<number, number>();
  regions.forEach((r, ri) => r.gemeenten.forEach((g) => regionOfGemeente.has(g) || regionOfGemeente.set(g, ri)));

  // Zorgkantoren cover several regions each; zorgaanbieders work in one region.
  const zorgkantoren: string[] = [];
  for (let i = 0; i < counts.zorgkantoren; i++) {
    const id = `${GENERATED_ID_PREFIX}zk_${pad(i + 1, 3)}`;
    add({ id, kind: "ZORGKANTOOR", name: zorgkantoorName(placeName(i * 7 + 3), i + 1) });
    zorgkantoren.push(id);
  }
  regions.forEach((r, ri) => (r.zorgkantoorId ||= zorgkantoren[ri % zorgkantoren.length]!));
  for (let i = 0; i < counts.zorgaanbieders; i++) {
    const id = `${GENERATED_ID_PREFIX}zrg_${pad(i + 1, 4)}`;
    const region = regions[i % regions.length]!;
    add({ id, kind: "ZORGAANBIEDER", name: zorgaanbiederName(rng, gemeenten[region.gemeenten[0]!]!.place, i + 1) });
    region.zorgaanbieders.push(id);
  }

  // Boards work in one region; schools sit in a gemeente (at least one per gemeente while
  // there are enough, the rest by size) and belong to a board of that gemeente's region.
  for (let i = 0; i < counts.schoolbesturen; i++) {
    const id = `${GENERATED_ID_PREFIX}bst_${pad(i + 1, 4)}`;
    const region = regions[i % regions.length]!;
    add({ id, kind: "SCHOOLBESTUUR", name: boardName(rng, gemeenten[region.gemeenten[0]!]!.place, i + 1) });
    region.boards.push(id);
  }
  const allBoards = regions.flatMap((r) => r.boards);
  const weights = gemeenten.map((g) => g.weight);
  const schools: SchoolInfo[] = [];
  for (let i = 0; i < counts.schools; i++) {
    const g = i < gemeenten.length && counts.schools >= gemeenten.length ? i : rng.weightedIndex(weights);
    const region = regions[regionOfGemeente.get(g)!]!;
    const boardId = region.boards.length > 0 ? rng.pick(region.boards) : rng.pick(allBoards);
    const id = `${GENERATED_ID_PREFIX}sch_${pad(i + 1, 5)}`;
    const { name, short } = schoolName(rng, i + 1);
    add({ id, kind: "SCHOOL", name, brin: brinCode(i), boardId, gemeenteId: gemeenten[g]!.id });
    gemeenten[g]!.schools.push(schools.length);
    schools.push({ id, name, shortName: short, boardId, gemeente: g });
  }
  return { gemeenten, regions, schools, organisations, swvGemeenten };
}

function demoRegionOf(organisationId: string): string | undefined {
  if (organisationId === "org_zrg_baronie") return "org_swv_breda";
  if (organisationId === "org_zrg_kennemerland") return "org_swv_alkmaar";
  return undefined;
}
