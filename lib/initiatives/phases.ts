import type { Phase } from "../generated/prisma/enums";

export type { Phase };
export const PHASES: readonly Phase[] = ["VERKENNING", "VOORBEREIDING", "INRICHTING", "UITVOERING", "BORGING"];
