// Reads the local mail catcher (scripts/mail-catcher.ts) from tests. The e2e server runs it
// with HTTP on port 1180; override with MAIL_CATCHER_HTTP_PORT or opts.httpPort.
import type { CaughtMail } from "../../scripts/mail-catcher";

export interface WaitForMailOptions {
  subjectIncludes?: string;
  httpPort?: number;
  timeoutMs?: number;
  /** Only messages received at or after this moment. */
  after?: Date;
}

function catcherUrl(httpPort?: number): string {
  return `http://127.0.0.1:${httpPort ?? Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 1180)}/api/messages`;
}

export async function listMail(httpPort?: number): Promise<CaughtMail[]> {
  const response = await fetch(catcherUrl(httpPort));
  if (!response.ok) throw new Error(`Mail catcher answered ${response.status}`);
  return (await response.json()) as CaughtMail[];
}

export async function clearMail(httpPort?: number): Promise<void> {
  await fetch(catcherUrl(httpPort), { method: "DELETE" });
}

/** Polls the catcher until a message to `to` arrives; returns the newest match. */
export async function waitForMail(to: string, opts: WaitForMailOptions = {}): Promise<CaughtMail> {
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  const address = to.toLowerCase();
  let seen: CaughtMail[] = [];
  let lastError: unknown;
  for (;;) {
    try {
      seen = await listMail(opts.httpPort);
      lastError = undefined;
      const match = seen.find(
        (m) =>
          m.to.some((t) => t.toLowerCase() === address) &&
          (!opts.subjectIncludes || m.subject.includes(opts.subjectIncludes)) &&
          (!opts.after || new Date(m.date).getTime() >= opts.after.getTime()),
      );
      if (match) return match;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const summary = seen.map((m) => `  ${m.date} → ${m.to.join(", ")}: ${m.subject}`).join("\n") || "  (empty)";
  const reason = lastError ? `; the catcher at ${catcherUrl(opts.httpPort)} did not answer (${String(lastError)})` : "";
  throw new Error(
    `No mail to ${to}${opts.subjectIncludes ? ` with subject containing "${opts.subjectIncludes}"` : ""} arrived in time${reason}.\nMailbox:\n${summary}`,
  );
}

/** The first http(s) URL in `text` that contains `pathPrefix` (HTML entities in the URL decoded). */
export function extractLink(text: string, pathPrefix: string): string {
  const urls = text.match(/https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)\]]/g) ?? [];
  const url = urls.map((u) => u.replace(/&amp;/g, "&")).find((u) => u.includes(pathPrefix));
  if (!url) throw new Error(`No link containing "${pathPrefix}" in:\n${text}`);
  return url;
}
