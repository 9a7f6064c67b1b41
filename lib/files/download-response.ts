// Responses of the download routes. A file the visitor may not have (or no session at all)
// answers like one that does not exist; a file that is theirs is private and never cached.

export function notFoundDownload(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

export function attachmentResponse(body: BodyInit, file: { contentType: string; fileName: string }): Response {
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** RFC 5987 encoding for filename*=: percent-encoded UTF-8, including the characters encodeURIComponent leaves. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An attachment header for a name a user chose (uploads): safe for any characters in it. */
export function contentDisposition(fileName: string): string {
  // A plain ASCII name for old clients; modern ones use filename*.
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_") || "bestand";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** An uploaded file (step files, child documents) as a download: never rendered, sniffed or cached. */
export function uploadedFileResponse(file: { fileName: string; contentType: string; bytes: Uint8Array }): Response {
  return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      // Should a browser render it anyway, it runs nothing and reaches nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
