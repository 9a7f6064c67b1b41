import { z } from "zod";
import { ZEmailAddress } from "../validation/email-address";
import { ZId } from "../validation/id";

const id = ZId;

export const ZAddOrganisation = z.object({
  initiativeId: id,
  organisationId: z.string().trim().min(1, { error: "chooseOrganisation" }).max(64, { error: "invalid" }),
});
export const ZInviteParent = z.object({
  initiativeId: id,
  email: ZEmailAddress,
});
