// The registry of stappenplan versions. A version is never edited once published: a change
// to steps or guidance is a new version, and initiatives keep the version they started with.
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import { STAPPENPLAN_V1 } from "./template-v1";
import type { StappenplanTemplate, TemplateStep } from "./template-types";

const TEMPLATES: Record<number, StappenplanTemplate> = { 1: STAPPENPLAN_V1 };
export const CURRENT_TEMPLATE_VERSION = 1;

export function templateVersion(version: number | null | undefined): StappenplanTemplate {
  const template = TEMPLATES[version ?? CURRENT_TEMPLATE_VERSION];
  if (!template) throw new Error(`Unknown stappenplan template version ${version}`);
  return template;
}

export function templateStep(template: StappenplanTemplate, key: string): TemplateStep | undefined {
  return template.steps.find((s) => s.key === key);
}

/** Stores every version as a row (the record initiatives point at); existing rows are left alone. */
export async function ensureTemplates(db: Tx): Promise<void> {
  for (const template of Object.values(TEMPLATES)) {
    await db.stappenplanTemplate.upsert({
      where: { version: template.version },
      create: {
        version: template.version,
        name: template.name,
        definition: template as unknown as Prisma.InputJsonValue,
      },
      update: {},
    });
  }
}
