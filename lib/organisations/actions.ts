"use server";
// Server actions for organisation settings. Each is a public endpoint: authedAction resolves
// the actor and validates; the mutation itself checks the policy.
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { inviteMember, revokeInvitation } from "./invitations";
import { changeMemberRole, removeMember } from "./members";
import { ZChangeMemberRole, ZInvitationRef, ZInviteMember, ZMembershipRef } from "./schemas";

export const inviteMemberAction = authedAction(ZInviteMember, async (actor, input) => {
  const invitation = await inviteMember(await getDb(), actor, input);
  revalidatePath("/organisatie");
  return { email: invitation.email };
});

export const revokeInvitationAction = authedAction(ZInvitationRef, async (actor, input) => {
  const result = await revokeInvitation(await getDb(), actor, input);
  revalidatePath("/organisatie");
  return result;
});

export const changeMemberRoleAction = authedAction(ZChangeMemberRole, async (actor, input) => {
  const result = await changeMemberRole(await getDb(), actor, input);
  revalidatePath("/organisatie");
  return result;
});

export const removeMemberAction = authedAction(ZMembershipRef, async (actor, input) => {
  const result = await removeMember(await getDb(), actor, input);
  revalidatePath("/organisatie");
  return result;
});
