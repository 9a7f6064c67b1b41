// What the erasure forms post: only which child. Importable by the browser.
import { z } from "zod";

export const ZErasureRef = z.object({ childId: z.string().trim().min(1).max(64) });
export type TErasureRef = z.infer<typeof ZErasureRef>;
