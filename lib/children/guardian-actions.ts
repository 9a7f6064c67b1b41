"use server";
// Server actions for a child's guardians and mandates. The domain (guardians.ts, mandates.ts)
// checks who may act (confirmed guardians in the personal workspace; invitees for their own
// invitation) and audits in its transaction.
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { acceptGuardianInvitation, confirmGuardian, inviteGuardian } from "./guardians";
import { giveMandate, revokeMandate } from "./mandates";
import { ZGiveMandate, ZGuardianRef, ZInviteGuardian, ZMandateRef } from "./schemas";

/** The home page's panel and every page under the initiative can change with a guardian. */
function refresh() {
  revalidatePath("/");
  revalidatePath("/initiatieven/[id]", "layout");
}

export const inviteGuardianAction = authedAction(ZInviteGuardian, async (actor, input) => {
  const result = await inviteGuardian(await getDb(), actor, input);
  refresh();
  return result;
});

export const acceptGuardianInvitationAction = authedAction(ZGuardianRef, async (actor, input) => {
  const result = await acceptGuardianInvitation(await getDb(), actor, input);
  refresh();
  return result;
});

export const confirmGuardianAction = authedAction(ZGuardianRef, async (actor, input) => {
  const result = await confirmGuardian(await getDb(), actor, input);
  refresh();
  return result;
});

export const giveMandateAction = authedAction(ZGiveMandate, async (actor, input) => {
  const result = await giveMandate(await getDb(), actor, input);
  refresh();
  return result;
});

export const revokeMandateAction = authedAction(ZMandateRef, async (actor, input) => {
  const result = await revokeMandate(await getDb(), actor, input);
  refresh();
  return result;
});
