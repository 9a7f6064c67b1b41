import { z } from "zod";
import { ZEmailAddress } from "../validation/email-address";
import { ZId } from "../validation/id";

export const MEMBER_ROLES = ["BEHEERDER", "MEDEWERKER", "LEZER"] as const;

export const ZInviteMember = z.object({
  email: ZEmailAddress,
  role: z.enum(MEMBER_ROLES, { error: "roleInvalid" }),
});

export const ZChangeMemberRole = z.object({
  membershipId: ZId,
  role: z.enum(MEMBER_ROLES, { error: "roleInvalid" }),
  version: z.coerce.number().int({ error: "invalid" }).min(1, { error: "invalid" }),
});

export const ZMembershipRef = z.object({ membershipId: ZId });
export const ZInvitationRef = z.object({ invitationId: ZId });
