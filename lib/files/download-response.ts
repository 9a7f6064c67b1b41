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
