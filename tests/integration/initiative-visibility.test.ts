import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { getInitiativeForActor, listVisibleInitiatives } from "../../lib/initiatives/queries";
import { NotFoundError } from "../../lib/policy/errors";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeAll(async () => {
  db = await freshDemoWorld();
});

async function visibleIds(email: string, workspace?: string) {
  const { items } = await listVisibleInitiatives(db, await actorFor(db, email, workspace));
  return items.map((i) => i.id).sort();
}

describe("which initiatives a workspace sees", () => {
  it("gives each demo account its own workspace's initiatives", async () => {
    expect(await visibleIds("ouder@demo.test")).toEqual([ID.breda]);
    expect(await visibleIds("school@demo.test")).toEqual([ID.breda]);
    // The SWV Breda region: Breda, Drimmelen (Made) and Oosterhout.
    expect(await visibleIds("swv@demo.test")).toEqual([ID.breda, ID.made, ID.oosterhout]);
    expect(await visibleIds("gemeente@demo.test")).toEqual([ID.breda]);
    expect(await visibleIds("gemeente.alkmaar@demo.test")).toEqual([ID.alkmaar]);
    expect(await visibleIds("zorg@demo.test")).toEqual([ID.breda, ID.oosterhout]);
    expect(await visibleIds("steunpunt@demo.test")).toEqual([ID.alkmaar, ID.breda, ID.heiloo, ID.made, ID.oosterhout]);
  });

  it("answers not found for an initiative outside the workspace, and found inside it", async () => {
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    await expect(getInitiativeForActor(db, alkmaar, ID.breda)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInitiativeForActor(db, alkmaar, "does-not-exist")).rejects.toBeInstanceOf(NotFoundError);
    const breda = await actorFor(db, "gemeente@demo.test");
    expect((await getInitiativeForActor(db, breda, ID.breda)).name).toContain("Breda");
  });

  it("lets participants edit and regional overseers only read", async () => {
    const canEdit = async (email: string, workspace?: string) =>
      (await getInitiativeForActor(db, await actorFor(db, email, workspace), ID.breda)).canEdit;
    expect(await canEdit("ouder@demo.test")).toBe(true);
    expect(await canEdit("school@demo.test")).toBe(true);
    expect(await canEdit("zorg@demo.test")).toBe(true);
    // The SWV and gemeente Breda participate in the Breda initiative; their readers (LEZER) may not edit.
    expect(await canEdit("swv@demo.test")).toBe(true);
    expect(await canEdit("swv.lezer@demo.test")).toBe(false);
    expect(await canEdit("steunpunt@demo.test")).toBe(false);
  });

  it("follows the active workspace of a user who has several", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "ouder.zorg@demo.test" } });
    const actor = await actorFor(db, "ouder.zorg@demo.test");
    expect(actor.workspaces.map((w) => w.kind)).toEqual(["PERSONAL", "ORGANISATION"]);
    const zorgKey = actor.workspaces[1]!.key;
    expect(await visibleIds("ouder.zorg@demo.test", "persoonlijk")).toEqual([ID.breda]);
    expect(await visibleIds("ouder.zorg@demo.test", zorgKey)).toEqual([ID.breda, ID.oosterhout]);
    // An unknown workspace key falls back to the first one instead of widening access.
    expect((await actorFor(db, user.email, "org_someone_else")).workspace.kind).toBe("PERSONAL");
  });
});
