import { z } from "zod";

/** Naming the organisation's privacy officer: one of its members, or nobody (empty). */
export const ZNamePrivacyOfficer = z.object({
  membershipId: z.string().trim().max(64, { error: "invalid" }),
});
