// CSV as spreadsheets read it (RFC 4180): comma-separated, every field quoted, inner quotes
// doubled, CRLF line ends, UTF-8 with a byte-order mark so Excel reads the accents right.
// Text that a spreadsheet would run as a formula (= + - @, tab, CR at the start) gets a leading
// apostrophe: pass user-entered text through csvText.

const FORMULA_START = /^[=+\-@\t\r]/;
export const CSV_BOM = "\uFEFF";

export function csvText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvRow(values: readonly string[]): string {
  return values.map((v) => `"${v.replaceAll('"', '""')}"`).join(",") + "\r\n";
}

export function csvRows(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map(csvRow).join("");
}
