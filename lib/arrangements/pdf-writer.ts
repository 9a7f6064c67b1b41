// A small flowing-text writer on top of pdf-lib: A4 pages, wrapped text, page breaks, and a
// footer on every page. Standard fonts only (no files, no network); they encode WinAnsi, so
// text is first reduced to characters WinAnsi can show.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const FOOTER_SPACE = 30;

const REPLACEMENTS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u2010": "-",
  "\u2011": "-",
  "\u2026": "...",
  "\u00A0": " ",
  "\u202F": " ",
  "\u2009": " ",
  "\u2007": " ",
  "\u2022": "-",
};

/** Characters outside printable Latin-1 (plus €) are replaced or, failing that, stripped of accents or shown as "?". */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0)!;
    if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (ch === "€" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff)) out += ch;
    else if (ch === "\t") out += " ";
    else {
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base && [...base].every((c) => c.codePointAt(0)! < 0x7f) ? base : "?";
    }
  }
  return out;
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  indent?: number;
  gapAfter?: number;
}

export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];

  private constructor(
    readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(title: string, date: Date): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(toWinAnsi(title));
    doc.setProducer("Samen naar School");
    // The establishment date, not "now": exporting the same version twice gives the same file.
    doc.setCreationDate(date);
    doc.setModificationDate(date);
    const [regular, bold] = await Promise.all([
      doc.embedFont(StandardFonts.Helvetica),
      doc.embedFont(StandardFonts.HelveticaBold),
    ]);
    return new PdfWriter(doc, regular, bold);
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number) {
    if (this.y - height < MARGIN + FOOTER_SPACE) this.newPage();
  }

  /** Writes text wrapped to the page width; paragraphs ("\n") stay separate; long words break. */
  text(text: string, style: TextStyle = {}) {
    const size = style.size ?? 10;
    const font = style.bold ? this.bold : this.regular;
    const indent = style.indent ?? 0;
    const width = A4[0] - 2 * MARGIN - indent;
    const lineHeight = size * 1.3;
    for (const line of this.wrap(toWinAnsi(text), font, size, width)) {
      this.ensureSpace(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.3, size, font, color: rgb(0, 0, 0) });
    }
    this.y -= style.gapAfter ?? 0;
  }

  gap(points: number) {
    this.y -= points;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
    const lines: string[] = [];
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
      let current = "";
      for (const word of paragraph.split(" ")) {
        const candidate = current ? `${current} ${word}` : word;
        if (fits(candidate)) {
          current = candidate;
          continue;
        }
        if (current) lines.push(current);
        current = word;
        while (!fits(current)) {
          let cut = current.length - 1;
          while (cut > 1 && !fits(current.slice(0, cut))) cut--;
          lines.push(current.slice(0, cut));
          current = current.slice(cut);
        }
      }
      lines.push(current);
    }
    return lines;
  }

  /** Writes `footer(pageNumber, pageCount)` at the bottom of every page and returns the bytes. */
  async finish(footer: (page: number, count: number) => string): Promise<Uint8Array> {
    this.pages.forEach((page, i) => {
      page.drawText(toWinAnsi(footer(i + 1, this.pages.length)), {
        x: MARGIN,
        y: MARGIN / 2,
        size: 8,
        font: this.regular,
        color: rgb(0.25, 0.25, 0.25),
      });
    });
    return this.doc.save();
  }
}
