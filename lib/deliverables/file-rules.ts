// Which files a step accepts. A file must be allowed by its extension AND its declared type
// AND, where the format has them, its first bytes: a program renamed to .pdf is refused.
// What we store and later serve is our own content type for the extension, never the
// browser's claim. Failures are FieldErrors on "file" with a validation.* message key.
import { FieldError } from "../policy/errors";

export const MAX_DELIVERABLE_BYTES = 10 * 1024 * 1024;

type Signature = "pdf" | "zip" | "png" | "jpeg" | "text";
interface FileKind {
  contentType: string;
  /** Types browsers and operating systems report for this extension. */
  declared: string[];
  signature: Signature;
}

// Office documents are ZIP containers; some systems report them as plain ZIP.
const ZIP_ALIASES = ["application/zip", "application/x-zip-compressed"];
const KINDS: Record<string, FileKind> = {
  pdf: { contentType: "application/pdf", declared: ["application/pdf", "application/x-pdf"], signature: "pdf" },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    declared: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", ...ZIP_ALIASES],
    signature: "zip",
  },
  xlsx: {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    declared: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ...ZIP_ALIASES],
    signature: "zip",
  },
  pptx: {
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    declared: ["application/vnd.openxmlformats-officedocument.presentationml.presentation", ...ZIP_ALIASES],
    signature: "zip",
  },
  odt: {
    contentType: "application/vnd.oasis.opendocument.text",
    declared: ["application/vnd.oasis.opendocument.text", ...ZIP_ALIASES],
    signature: "zip",
  },
  ods: {
    contentType: "application/vnd.oasis.opendocument.spreadsheet",
    declared: ["application/vnd.oasis.opendocument.spreadsheet", ...ZIP_ALIASES],
    signature: "zip",
  },
  png: { contentType: "image/png", declared: ["image/png"], signature: "png" },
  jpg: { contentType: "image/jpeg", declared: ["image/jpeg", "image/pjpeg"], signature: "jpeg" },
  jpeg: { contentType: "image/jpeg", declared: ["image/jpeg", "image/pjpeg"], signature: "jpeg" },
  txt: { contentType: "text/plain; charset=utf-8", declared: ["text/plain"], signature: "text" },
  // Windows reports CSV as an Excel type when Excel is installed.
  csv: {
    contentType: "text/csv; charset=utf-8",
    declared: ["text/csv", "text/plain", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel"],
    signature: "text",
  },
};

/** For the file input's accept attribute. */
export const ACCEPTED_EXTENSIONS = Object.keys(KINDS)
  .map((ext) => `.${ext}`)
  .join(",");

// "No idea" from the browser is not a claim we can hold against the file; the bytes decide.
const UNDECLARED = new Set(["", "application/octet-stream"]);

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function matchesSignature(signature: Signature, bytes: Uint8Array): boolean {
  switch (signature) {
    case "pdf":
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case "zip":
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]); // PK\3\4
    case "png":
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "jpeg":
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case "text": {
      // Text has no signature; binary content (NUL bytes) gives a renamed program away.
      // UTF-16 text (with its byte order mark) is text despite its NULs.
      if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
      return !bytes.subarray(0, 64 * 1024).includes(0);
    }
  }
}

/** The file name as shown and offered for download: no folders, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, 200 - ext.length) + ext;
}

export interface CheckedFile {
  fileName: string;
  contentType: string;
  signature: Signature;
}

/** Checks what can be known without reading the file: presence, size, name and declared type. */
export function checkFileMeta(file: { name: string; type: string; size: number }): CheckedFile {
  const fileName = cleanFileName(file.name);
  if (!fileName && file.size === 0) throw new FieldError("file", "fileRequired");
  if (file.size === 0) throw new FieldError("file", "fileEmpty");
  if (file.size > MAX_DELIVERABLE_BYTES) throw new FieldError("file", "fileTooLarge");
  const dot = fileName.lastIndexOf(".");
  const kind = dot > 0 ? KINDS[fileName.slice(dot + 1).toLowerCase()] : undefined;
  if (!kind) throw new FieldError("file", "fileTypeNotAllowed");
  const declared = file.type.split(";")[0]!.trim().toLowerCase();
  if (!UNDECLARED.has(declared) && !kind.declared.includes(declared))
    throw new FieldError("file", "fileTypeNotAllowed");
  return { fileName, contentType: kind.contentType, signature: kind.signature };
}

/** Checks the bytes themselves: their real size and, where the type has one, their signature. */
export function checkFileContent(checked: CheckedFile, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new FieldError("file", "fileEmpty");
  if (bytes.length > MAX_DELIVERABLE_BYTES) throw new FieldError("file", "fileTooLarge");
  if (!matchesSignature(checked.signature, bytes)) throw new FieldError("file", "fileContentMismatch");
}
