// The meeting record form posts its agenda items as rows; the server stores a theme as text, one
// item per line. Rows, a theme sent as one text (code, older forms) and the browser's nested
// values all parse to the same record, and a row's error names that row.
import { describe, expect, it } from "vitest";
import { ACTION_ITEMS_MAX, ZMeetingRecordFields, ZUpdateMeetingRecord } from "../../lib/meetings/schemas";

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

describe("meeting record: new action items as rows", () => {
  const base = { meetingId: "m1", version: "1" };
  const owner = "org:swv1";

  it("parses posted rows in their order, keeping each row's place and skipping empty rows", () => {
    const parsed = ZUpdateMeetingRecord.parse({
      ...base,
      "actionItems.2.title": "Begroting",
      "actionItems.2.owner": owner,
      "actionItems.2.dueDate": "2027-04-01",
      "actionItems.0.title": " Rooster delen ",
      "actionItems.0.owner": owner,
      "actionItems.0.dueDate": "2027-03-01",
      "actionItems.1.title": "",
      "actionItems.1.owner": "",
      "actionItems.1.dueDate": "",
    });
    expect(parsed.actionItems).toEqual([
      { row: 0, title: "Rooster delen", owner, dueDate: new Date("2027-03-01T00:00:00Z") },
      { row: 2, title: "Begroting", owner, dueDate: new Date("2027-04-01T00:00:00Z") },
    ]);
  });

  it("has no action items when none are sent", () => {
    expect(ZUpdateMeetingRecord.parse(base).actionItems).toEqual([]);
  });

  it("checks each row as the single action item form does, and its errors name the row", () => {
    const nested = ZMeetingRecordFields.safeParse({
      ...base,
      agenda: {},
      actionItems: [
        { title: "Rooster delen", owner, dueDate: "2027-03-01" },
        { title: "", owner, dueDate: "2027-03-01" },
        { title: "Begroting", owner: "", dueDate: "1999-12-31" },
      ],
    });
    const posted = ZUpdateMeetingRecord.safeParse({
      ...base,
      "actionItems.0.title": "Rooster delen",
      "actionItems.0.owner": owner,
      "actionItems.0.dueDate": "2027-03-01",
      "actionItems.1.owner": owner,
      "actionItems.1.dueDate": "2027-03-01",
      "actionItems.2.title": "Begroting",
      "actionItems.2.dueDate": "1999-12-31",
    });
    for (const result of [nested, posted]) {
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["actionItems.1.title", "required"],
        ["actionItems.2.owner", "chooseOwner"],
        ["actionItems.2.dueDate", "dateOutOfRange"],
      ]);
    }
  });

  it("refuses more rows than the limit, also when a row number is far out", () => {
    const far = ZUpdateMeetingRecord.safeParse({ ...base, "actionItems.999999999.title": "x" });
    expect(far.success).toBe(false);
    expect(far.error?.issues.map((i) => i.path.join("."))).toEqual(["actionItems"]);
    const many = Array.from({ length: ACTION_ITEMS_MAX + 1 }, () => ({ title: "x", owner, dueDate: "2027-03-01" }));
    expect(ZUpdateMeetingRecord.safeParse({ ...base, actionItems: many }).success).toBe(false);
  });
});
