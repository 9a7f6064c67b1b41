// The meeting record form posts its agenda items as rows; the server stores a theme as text, one
// item per line. Rows, a theme sent as one text (code, older forms) and the browser's nested
// values all parse to the same record, and a row's error names that row.
import { describe, expect, it } from "vitest";
import { ZMeetingRecordFields, ZUpdateMeetingRecord } from "../../lib/meetings/schemas";

describe("meeting record: agenda items as rows", () => {
  it("joins posted rows in their order, skipping empty ones", () => {
    const parsed = ZUpdateMeetingRecord.parse({
      meetingId: "m1",
      version: "2",
      "agenda.inhoud.1.text": "Leerlijnen",
      "agenda.inhoud.0.text": " Vervoer ",
      "agenda.inhoud.2.text": "  ",
      "agenda.financien.0.text": "Verdeling",
    });
    expect(parsed.agenda).toEqual({
      inhoud: "Vervoer\nLeerlijnen",
      organisatie: "",
      personeel: "",
      financien: "Verdeling",
      monitoring: "",
    });
  });

  it("keeps a theme sent as one text whole, line breaks included", () => {
    const parsed = ZUpdateMeetingRecord.parse({ meetingId: "m1", version: 1, "agenda.inhoud": "Eén\n\nTwee" });
    expect(parsed.agenda.inhoud).toBe("Eén\n\nTwee");
  });

  it("puts a row's error on that row, for the browser's values and for the posted form alike", () => {
    const long = "x".repeat(5001);
    const nested = ZMeetingRecordFields.safeParse({
      meetingId: "m1",
      version: "1",
      agenda: { inhoud: [{ text: "ok" }, { text: long }] },
    });
    const posted = ZUpdateMeetingRecord.safeParse({
      meetingId: "m1",
      version: "1",
      "agenda.inhoud.0.text": "ok",
      "agenda.inhoud.1.text": long,
    });
    for (const result of [nested, posted]) {
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["agenda.inhoud.1.text", "tooLong"],
      ]);
    }
  });
});
