// Who must pass a second factor, and whether this session has (decision 0018). Organisation
// members see children's data: they must, and enrol at their first sign-in. Parents choose;
// once they have enrolled, their sessions ask for it too.
import { appConfig } from "../config/app-config";

export type SecondFactorNeed = "none" | "verify" | "enrol" | "demo-skipped";

export interface SecondFactorFacts {
  email: string;
  isOrganisationMember: boolean;
  /** A confirmed authenticator app. */
  enrolled: boolean;
  /** When this session passed the second factor. */
  secondFactorAt: Date | null;
}

/** `.test` is reserved (RFC 2606): only the demo seed and generated data use it. */
export function isDemoAddress(email: string): boolean {
  return email.toLowerCase().endsWith(".test");
}

export function secondFactorNeed(facts: SecondFactorFacts, demoRelaxed = appConfig().mfaDemoRelaxed): SecondFactorNeed {
  if (facts.secondFactorAt) return "none";
  if (facts.enrolled) return "verify";
  if (!facts.isOrganisationMember) return "none";
  // Demo only: a demo account that never enrolled goes through, and every page says so.
  if (demoRelaxed && isDemoAddress(facts.email)) return "demo-skipped";
  return "enrol";
}
