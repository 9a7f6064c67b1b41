// The shape both AVG exports share (art. 15 and 20): named sections of flat rows, so one JSON
// writer and one PDF writer serve the person's own export and a guardian's export of a child.
export type ExportValue = string | number | boolean | Date | null;
export type ExportRow = Record<string, ExportValue>;

export interface DataExport {
  kind: "PERSON" | "CHILD";
  /** Whose data this is: the person, or the child. */
  subject: { id: string; name: string };
  generatedAt: Date;
  /** Section key (messages privacy.section.*) → its rows, in a fixed order. */
  sections: Record<string, ExportRow[]>;
}
