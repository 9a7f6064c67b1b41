import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db/client";
import { compareVersions } from "../arrangements/compare";
import { getArrangementOf, getVersionLines } from "../arrangements/queries";
import { loadVisibleInitiative } from "./visible-initiative";

/** Cached per request: the page and its metadata share one load. */
export const loadArrangementPage = cache(async (id: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  return { actor, ...(await getArrangementOf(db, actor, initiative)) };
});

/** The concept editor exists only for the initiative's editors; for readers it is not there (404). */
export async function loadArrangementEditor(id: string) {
  const view = await loadArrangementPage(id);
  if (!view.canDraft) notFound();
  const latest = view.arrangement?.latest ?? null;
  const mode = !latest ? "create" : latest.state === "CONCEPT" ? "edit" : "locked";
  return { ...view, mode } as const;
}

/** The version list and a comparison of two versions (default: the latest against the one before). */
export async function loadVersionsPage(id: string, query: { van?: string; naar?: string }) {
  const view = await loadArrangementPage(id);
  const versions = view.arrangement?.versions ?? [];
  const known = (v?: string) => (v && versions.some((x) => x.id === v) ? v : undefined);
  const to = known(query.naar) ?? versions[0]?.id;
  const from = known(query.van) ?? versions.find((v) => v.id !== to)?.id;
  if (!view.arrangement || !from || !to)
    return { ...view, versions, from: from ?? null, to: to ?? null, comparison: null };
  const lines = await getVersionLines(await getDb(), view.arrangement.id, [from, to]);
  return { ...view, versions, from, to, comparison: compareVersions(lines.get(from) ?? [], lines.get(to) ?? []) };
}
