// Retention rules as data (docs/decisions/0013-retention.md). `npm run retention` applies them
// (lib/retention/run.ts) and the README's "Bewaartermijnen / Retention" table is generated from
// this list (tests/unit/retention-readme.test.ts fails when they differ). Adding a rule for a
// plain table is one entry of kind "delete"; the chained logs (kind "chain") are pruned by the
// database function retention_prune_chain(), which holds the same terms itself
// (migration 20261202100100_retention) so no caller can ask for more.

export interface Text {
  nl: string;
  en: string;
}

export type RetentionTerm = { days: number } | { years: number };

interface RuleBase {
  /** Stable name, printed by the run. */
  key: string;
  /** The table (Prisma model) the rule removes rows from. */
  table: string;
  what: Text;
  term: RetentionTerm;
  /** What the term counts from. */
  from: Text;
  reason: Text;
}

export type RetentionRule = RuleBase &
  (
    | {
        /**
         * Rows whose `end` (a fixed SQL expression over the row, e.g. `"createdAt"`) lies more than
         * the term before now are deleted, if `also` (fixed SQL) holds too.
         */
        kind: "delete";
        end: string;
        also?: string;
      }
    | { kind: "chain" }
    /** Documented and enforced inside the rule named `by` (the database function), nothing to run. */
    | { kind: "within"; by: string }
  );

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    key: "sign-in-attempts",
    kind: "delete",
    table: "LoginAttempt",
    end: `"createdAt"`,
    what: { nl: "Inlogpogingen (e-mailadres, netwerkadres)", en: "Sign-in attempts (e-mail address, network address)" },
    term: { days: 30 },
    from: { nl: "na de poging", en: "after the attempt" },
    reason: {
      nl: "Nodig om inloggen af te remmen (15 minuten) en om misbruik na te gaan; daarna geen doel meer.",
      en: "Needed to throttle sign-in (15 minutes) and to look into abuse; no purpose after that.",
    },
  },
  {
    key: "sessions",
    kind: "delete",
    table: "Session",
    // An open session past its absolute end is over too, even if no request came to close it.
    end: `least("endedAt", "expiresAt")`,
    what: { nl: "Beëindigde en verlopen sessies", en: "Ended and expired sessions" },
    term: { days: 30 },
    from: { nl: "na het einde van de sessie", en: "after the session ended" },
    reason: {
      nl: "De eigen sessie-overzichten tonen een maand terug; daarna geen doel meer.",
      en: "One's own session overview shows a month back; no purpose after that.",
    },
  },
  {
    key: "sign-in-links",
    kind: "delete",
    table: "VerificationToken",
    end: `"expires"`,
    what: { nl: "Verlopen inloglinks", en: "Expired sign-in links" },
    term: { days: 1 },
    from: { nl: "na het verlopen", en: "after expiry" },
    reason: {
      nl: "Een verlopen link werkt niet meer; het e-mailadres erin heeft geen doel.",
      en: "An expired link no longer works; the e-mail address in it serves no purpose.",
    },
  },
  {
    key: "organisation-invitations",
    kind: "delete",
    table: "Invitation",
    end: `"expiresAt"`,
    also: `"acceptedAt" IS NULL`,
    what: {
      nl: "Niet-aangenomen uitnodigingen voor een organisatie",
      en: "Organisation invitations not accepted",
    },
    term: { days: 30 },
    from: { nl: "na het verlopen", en: "after expiry" },
    reason: {
      nl: "Het e-mailadres van iemand zonder account; na het verlopen alleen nog nodig voor vragen over de uitnodiging.",
      en: "The e-mail address of someone without an account; after expiry only needed for questions about the invitation.",
    },
  },
  {
    key: "initiative-invitations",
    kind: "delete",
    table: "InitiativeInvitation",
    end: `"expiresAt"`,
    also: `"acceptedAt" IS NULL`,
    what: {
      nl: "Niet-aangenomen uitnodigingen voor een initiatief",
      en: "Initiative invitations not accepted",
    },
    term: { days: 30 },
    from: { nl: "na het verlopen", en: "after expiry" },
    reason: {
      nl: "Als bij uitnodigingen voor een organisatie.",
      en: "As with organisation invitations.",
    },
  },
  {
    key: "access-log",
    kind: "chain",
    table: "AccessLogEntry",
    what: { nl: "Toegangslog (NEN 7513)", en: "Access log (NEN 7513)" },
    term: { years: 5 },
    from: { nl: "na de toegang", en: "after the access" },
    reason: {
      nl: "NEN 7513: ten minste vijf jaar bewaren, beschermd tegen wijziging.",
      en: "NEN 7513: keep at least five years, protected against change.",
    },
  },
  {
    key: "audit",
    kind: "chain",
    table: "AuditEvent",
    what: { nl: "Audit van wijzigingen", en: "Audit of changes" },
    term: { years: 5 },
    from: { nl: "na de wijziging", en: "after the change" },
    reason: {
      nl: "Zelfde termijn als de toegangslog: wie wat wijzigde moet even lang na te gaan zijn als wie wat zag.",
      en: "Same term as the access log: who changed what must be traceable as long as who saw what.",
    },
  },
  {
    key: "audit-arrangements",
    kind: "within",
    by: "audit",
    table: "AuditEvent",
    what: { nl: "Audit van arrangementen", en: "Audit of arrangements" },
    term: { years: 7 },
    from: { nl: "na het einde van het arrangement", en: "after the arrangement ends" },
    reason: {
      nl: "Een arrangement is de grondslag van betalingen: fiscale bewaarplicht van zeven jaar (AWR art. 52, BW 2:10).",
      en: "An arrangement is the basis of payments: the fiscal duty to keep records for seven years (AWR art. 52, BW 2:10).",
    },
  },
];

/** The instant before which a rule's rows are past their term, as of `now`. */
export function termCutoff(term: RetentionTerm, now: Date): Date {
  const cutoff = new Date(now.getTime());
  if ("years" in term) cutoff.setUTCFullYear(cutoff.getUTCFullYear() - term.years);
  else cutoff.setUTCDate(cutoff.getUTCDate() - term.days);
  return cutoff;
}

export function describeTerm(rule: RetentionRule, locale: keyof Text): string {
  const n = "years" in rule.term ? rule.term.years : rule.term.days;
  const unit =
    "years" in rule.term
      ? { nl: "jaar", en: n === 1 ? "year" : "years" }[locale]
      : { nl: n === 1 ? "dag" : "dagen", en: n === 1 ? "day" : "days" }[locale];
  return `${n} ${unit} ${rule.from[locale]}`;
}
