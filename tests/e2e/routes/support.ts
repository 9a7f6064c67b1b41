// Shared vocabulary of the route authorization matrix. Each other file in this folder exports
// `routes`: route file → concrete requests with the expected HTTP status per role.
import { DEMO } from "../../support/demo";

export type Who = "anoniem" | "ouder" | "school" | "swv" | "gemeente" | "gemeenteAlkmaar" | "zorg" | "steunpunt";
export const EMAIL: Record<Exclude<Who, "anoniem">, string> = {
  ouder: "ouder@demo.test",
  school: "school@demo.test",
  swv: "swv@demo.test",
  gemeente: "gemeente@demo.test",
  gemeenteAlkmaar: "gemeente.alkmaar@demo.test",
  zorg: "zorg@demo.test",
  steunpunt: "steunpunt@demo.test",
};
/** The demo initiatives the matrix requests, by name (tests/support/demo.ts). */
export const BREDA = DEMO.breda.id;
export const ALKMAAR = DEMO.alkmaar.id;
export const MADE = DEMO.made.id;

export const WHO = ["anoniem", ...Object.keys(EMAIL)] as Who[];
export const SIGN_IN = 307; // signed-out visitors are redirected to /inloggen

export function all(status: number, except: Partial<Record<Who, number>> = {}): Record<Who, number> {
  return Object.fromEntries(WHO.map((w) => [w, except[w] ?? status])) as Record<Who, number>;
}

/** Placeholders in paths, filled in at run time: {bredaStep} is a step id of the Breda initiative. */
export type RouteRequest = { path: string; expected: Record<Who, number> };
export type RouteEntries = Record<string, RouteRequest[]>;
