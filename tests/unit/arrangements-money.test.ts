import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centsToDecimalString, divideRoundHalfUp, formatCents, parseEuroToCents } from "../../lib/arrangements/money";

describe("parseEuroToCents", () => {
  it.each([
    ["12.345,67", 1_234_567],
    ["12345,67", 1_234_567],
    ["12345", 1_234_500],
    ["1.000.000,00", 100_000_000],
    ["0,05", 5],
    ["12,5", 1250],
    ["12,-", 1200],
    ["€ 1.250,-", 125_000],
    ["€1.250,00", 125_000],
    ["€\u00a012.345,67", 1_234_567],
    ["  999  ", 99_900],
    ["-12,34", -1234],
    ["€ -12,34", -1234],
    ["-€ 12,34", -1234],
    ["0", 0],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseEuroToCents(text)).toBe(cents);
  });

  it.each([
    "",
    "   ",
    "12,345", // three decimals
    "12.34", // a dot is not a decimal separator in Dutch
    "1.2345", // wrong grouping
    "12.345.6",
    "1,234.56", // English format
    ".5",
    ",50",
    "12,",
    "12 345",
    "twaalf",
    "12e3",
    "0x10",
    "--12",
    "- € -12",
    "12,3-",
    "Infinity",
    "NaN",
    "99999999999999999999",
  ])("refuses %j", (text) => {
    expect(parseEuroToCents(text)).toBeNull();
  });

  it("reads formatCents output back exactly (nl)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        expect(parseEuroToCents(formatCents(cents, "nl"))).toBe(cents);
      }),
    );
  });
});

describe("formatCents", () => {
  it("formats in the locale without float rounding", () => {
    expect(formatCents(1_234_567, "nl")).toBe("€\u00a012.345,67");
    expect(formatCents(1_234_567, "en")).toBe("€12,345.67");
    expect(formatCents(5, "nl")).toBe("€\u00a00,05");
    expect(formatCents(-123_450, "nl")).toBe("€\u00a0-1.234,50");
    expect(formatCents(Number.MAX_SAFE_INTEGER, "nl")).toBe("€\u00a090.071.992.547.409,91");
    expect(formatCents(10n ** 20n + 1n, "en")).toBe("€1,000,000,000,000,000,000.01");
  });

  it("writes exact decimal strings", () => {
    expect(centsToDecimalString(-5)).toBe("-0.05");
    expect(centsToDecimalString(120)).toBe("1.20");
  });
});

describe("divideRoundHalfUp", () => {
  it("rounds halves away from zero", () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divideRoundHalfUp(4n, 3n)).toBe(1n);
    expect(divideRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfUp(0n, 7n)).toBe(0n);
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });
});
