// Dashboard filters, sort and paging from the address bar. Anything unknown or malformed falls
// back to its default (a shared link with a typo still shows a page, never an error); the page
// size is capped so nobody can ask for the whole country in one page.
import { z } from "zod";
import { PHASES } from "../initiatives/phases";
import { SCENARIOS } from "../stappenplan/template-types";

export const SORT_KEYS = ["naam", "fase", "bijgewerkt"] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_STALLED_DAYS = 60;

const optionalId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional()
  .catch(undefined);

export const ZDashboardFilters = z.object({
  gemeente: optionalId,
  fase: z
    .enum(PHASES as unknown as [string, ...string[]])
    .optional()
    .catch(undefined),
  scenario: z
    .enum(SCENARIOS as unknown as [string, ...string[]])
    .optional()
    .catch(undefined),
  zoek: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
  sorteer: z.enum(SORT_KEYS).catch("naam").default("naam"),
  richting: z.enum(["op", "af"]).catch("op").default("op"),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  perPagina: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(25)
    .default(25),
  stilDagen: z.coerce.number().int().min(7).max(730).catch(DEFAULT_STALLED_DAYS).default(DEFAULT_STALLED_DAYS),
});

export type DashboardFilters = z.infer<typeof ZDashboardFilters>;

/** Reads the filters from Next's searchParams (a repeated key counts once: the first). */
export function parseDashboardFilters(params: Record<string, string | string[] | undefined>): DashboardFilters {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZDashboardFilters.parse(first);
}

/** The address of the dashboard with these filters, leaving defaults out. */
export function dashboardQuery(filters: Partial<DashboardFilters>, base = "/dashboard"): string {
  const defaults = ZDashboardFilters.parse({});
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === defaults[key as keyof DashboardFilters]) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
