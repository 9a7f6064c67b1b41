// The .ics export of a meeting: RFC 5545 text escaping, line folding at 75 octets (never inside
// a UTF-8 character), CRLF line ends and times in UTC.
import { describe, expect, it } from "vitest";
import { emptyAgenda } from "../../lib/meetings/agenda-template";
import { parseAmsterdamLocal, toAmsterdamLocal } from "../../lib/time/amsterdam";
import { escapeText, foldLine, meetingCalendar, utcStamp } from "../../lib/meetings/ics";

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undoes folding (RFC 5545 §3.1): a CRLF followed by one space joins the lines. */
const unfold = (s: string) => s.replace(/\r\n /g, "");

const meeting = {
  id: "mtg_123",
  title: "Bestuurlijk gesprek; Breda, ronde 2",
  startsAt: parseAmsterdamLocal("2027-03-10T14:00")!,
  endsAt: parseAmsterdamLocal("2027-03-10T15:30")!,
  location: "Vlinderboom, lokaal 3",
  agenda: { ...emptyAgenda(), inhoud: "Doelgroep\nen scenario", financien: "Wie betaalt wat? Pgb, Wlz; Jeugdwet" },
  url: "https://app.test/initiatieven/ini_breda/overleggen/mtg_123",
};

describe("ics", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("writes UTC times with Z, converting from Dutch wall-clock time (winter and summer)", () => {
    expect(utcStamp(meeting.startsAt)).toBe("20270310T130000Z");
    expect(utcStamp(parseAmsterdamLocal("2027-07-01T09:00")!)).toBe("20270701T070000Z");
    expect(toAmsterdamLocal(parseAmsterdamLocal("2027-10-31T12:15")!)).toBe("2027-10-31T12:15");
    expect(parseAmsterdamLocal("2027-02-30T10:00")).toBeNull();
  });

  it("folds long lines at 75 octets without splitting a multi-byte character", () => {
    const line = `DESCRIPTION:${"Financiën ".repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ")).toBe(true);
      expect(part).not.toContain("\uFFFD");
    }
    expect(unfold(folded)).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("builds one VEVENT with CRLF line ends and the agenda themes in the description", () => {
    const ics = meetingCalendar(meeting, "app.test", new Date("2027-03-01T08:00:00Z"));
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // no bare CR or LF
    for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfold(ics).split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("UID:mtg_123@app.test");
    expect(lines).toContain("DTSTAMP:20270301T080000Z");
    expect(lines).toContain("DTSTART:20270310T130000Z");
    expect(lines).toContain("DTEND:20270310T143000Z");
    expect(lines).toContain("SUMMARY:Bestuurlijk gesprek\\; Breda\\, ronde 2");
    expect(lines).toContain("LOCATION:Vlinderboom\\, lokaal 3");
    const description = lines.find((l) => l.startsWith("DESCRIPTION:"))!;
    expect(description).toContain("- Inhoud: Doelgroep\\nen scenario");
    expect(description).toContain("- Financiën: Wie betaalt wat? Pgb\\, Wlz\\; Jeugdwet");
    expect(description).toContain("- Monitoring en evaluatie");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });
});
