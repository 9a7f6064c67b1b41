// How big the generated dataset is. Factor 1 ("national") is roughly the Netherlands: every
// count scales linearly with the factor, rounded, with at least one where the shape needs it.

export const NATIONAL = {
  swvs: 150,
  gemeenten: 342,
  schoolbesturen: 1_000,
  schools: 6_000,
  zorgaanbieders: 400,
  zorgkantoren: 30,
  users: 20_000,
  initiatives: 10_000,
} as const;

export type Counts = { -readonly [K in keyof typeof NATIONAL]: number };

/** Keeps a run within what one machine generates in minutes. */
export const MAX_FACTOR = 100;

export function countsFor(factor: number): Counts {
  const out = {} as Counts;
  for (const key of Object.keys(NATIONAL) as (keyof Counts)[])
    out[key] = Math.max(1, Math.round(NATIONAL[key] * factor));
  return out;
}

/** `national` or a positive number up to MAX_FACTOR; anything else is an error message. */
export function parseScale(value: string | undefined): { factor: number } | { error: string } {
  if (value === undefined || value === "")
    return { error: "--scale needs a value: national, or a factor such as 0.01, 0.1, 1 or 10." };
  if (value.toLowerCase() === "national") return { factor: 1 };
  const factor = /^\d+(\.\d+)?$|^\.\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(factor) || factor <= 0 || factor > MAX_FACTOR) {
    return {
      error: `--scale ${JSON.stringify(value)} is not valid: use national, or a number greater than 0 and at most ${MAX_FACTOR} (e.g. 0.01, 0.1, 1, 10).`,
    };
  }
  return { factor };
}
