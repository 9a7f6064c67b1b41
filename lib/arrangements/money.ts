// Money is integer cents. Input arrives as Dutch-formatted euro text ("12.345,67"); it is
// parsed digit by digit into a BigInt, never through a floating-point number.

/**
 * Optional sign (before or after "€"), optional "€", then either plain digits ("12345") or
 * digits grouped by dots in threes ("12.345"), then optionally a comma with one or two
 * decimals, or ",-" / ",--" for whole euros. Whitespace (including the no-break space
 * Intl puts after "€") may surround the sign and the "€".
 */
const DUTCH_EURO = /^([-\u2212]?)\s*(?:€\s*)?([-\u2212]?)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?$/;

/**
 * "12.345,67", "12345,67", "12345", "€ 1.000,-", "-12,5" → cents. Null for anything else:
 * more than two decimals, a dot used as decimal separator ("12.34"), wrong grouping
 * ("1.2345"), letters, empty text, or a value beyond Number.MAX_SAFE_INTEGER cents.
 * Negative amounts parse (as negative cents); whether they are allowed is the caller's rule.
 */
export function parseEuroToCents(text: string): number | null {
  const m = DUTCH_EURO.exec(text.trim());
  if (!m) return null;
  const [, signBefore = "", signAfter = "", euros = "", decimals = ""] = m;
  if (signBefore && signAfter) return null;
  const cents = /^\d+$/.test(decimals) ? decimals.padEnd(2, "0") : "00";
  const magnitude = BigInt(euros.replaceAll(".", "")) * 100n + BigInt(cents);
  const value = signBefore || signAfter ? -magnitude : magnitude;
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(value);
}

/** The cents as an exact decimal string: -123456 → "-1234.56". */
export function centsToDecimalString(cents: number | bigint): `${number}` {
  const value = BigInt(cents);
  const magnitude = value < 0n ? -value : value;
  const text = `${value < 0n ? "-" : ""}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, "0")}`;
  return text as `${number}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Cents as a euro amount in the locale: formatCents(1234567, "nl") → "€ 12.345,67".
 * Intl receives an exact decimal string, so large amounts are not rounded by a float.
 */
export function formatCents(cents: number | bigint, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(centsToDecimalString(cents));
}

/** numerator / denominator rounded to the nearest integer, halves away from zero (half-up for amounts ≥ 0). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  if (numerator < 0n) return -divideRoundHalfUp(-numerator, denominator);
  return (2n * numerator + denominator) / (2n * denominator);
}
