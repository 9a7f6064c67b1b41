// What the support request forms post, importable by the browser (the forms validate with these too).
import { z } from "zod";
import { ZId } from "../validation/id";

const id = ZId;
export const ZRequestSupport = z.object({
  initiativeId: id,
  request: z.string().trim().min(10, { error: "supportRequestTooShort" }).max(2000, { error: "supportRequestTooLong" }),
});
export const ZWithdrawSupport = z.object({ initiativeId: id });
