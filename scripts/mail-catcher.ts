// Local mail catcher for development and tests: accepts every message over SMTP (no auth,
// no TLS), keeps it in memory and shows it over HTTP.
//   GET /api/messages  → JSON, newest first      DELETE /api/messages → empties the mailbox
//   GET /              → "Postvak (ontwikkeling)", an HTML list with clickable links
// CLI: npm run mail:catcher (MAIL_CATCHER_SMTP_PORT=1025, MAIL_CATCHER_HTTP_PORT=1080).
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMail {
  id: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  date: string;
}

export interface MailCatcher {
  smtpPort: number;
  httpPort: number;
  messages: () => CaughtMail[];
  close: () => Promise<void>;
}

const HOST = "127.0.0.1";

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? "")).filter(Boolean);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Escapes plain text and turns every http(s) URL in it into a link. */
function linkify(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)\]])/g)
    .map((part, i) => (i % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)))
    .join("");
}

function page(messages: CaughtMail[]): string {
  const items = messages
    .map(
      (m) => `<li><article aria-labelledby="m-${m.id}">
<h2 id="m-${m.id}">${escapeHtml(m.subject || "(geen onderwerp)")}</h2>
<dl><dt>Aan</dt><dd>${escapeHtml(m.to.join(", "))}</dd><dt>Van</dt><dd>${escapeHtml(m.from)}</dd>
<dt>Ontvangen</dt><dd><time datetime="${m.date}">${new Date(m.date).toLocaleString("nl-NL")}</time></dd></dl>
<pre>${linkify(m.text)}</pre></article></li>`,
    )
    .join("\n");
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Postvak (ontwikkeling)</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}
ol{list-style:none;padding:0}li{border:1px solid #9ca3af;border-radius:.5rem;padding:1rem;margin:1rem 0}
h2{font-size:1.15rem;margin:0 0 .5rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;margin:0}dt{font-weight:600}dd{margin:0}
pre{white-space:pre-wrap;word-break:break-word;background:#f3f4f6;padding:.75rem;border-radius:.25rem}a{color:#0b4f8a}a:focus{outline:3px solid #f59e0b}</style>
</head><body><main><h1>Postvak (ontwikkeling)</h1>
<p>Alle e-mail die de applicatie lokaal verstuurt, komt hier terecht. Er wordt niets echt verzonden.</p>
<p><a href="/">Vernieuwen</a> · <a href="/api/messages">JSON</a></p>
${messages.length ? `<p>${messages.length} bericht(en), nieuwste eerst.</p><ol>${items}</ol>` : "<p>Nog geen berichten.</p>"}
</main></body></html>`;
}

function listen(
  server: {
    listen: (port: number, host: string, cb: () => void) => unknown;
    once: (e: "error", cb: (err: Error) => void) => unknown;
  },
  port: number,
) {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => resolve());
  });
}

export async function startMailCatcher(opts: {
  smtpPort: number;
  httpPort: number;
  dir?: string;
}): Promise<MailCatcher> {
  const store: CaughtMail[] = [];
  if (opts.dir) mkdirSync(opts.dir, { recursive: true });

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1000,
    banner: "Samen naar School mail catcher",
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          const mail: CaughtMail = {
            id: randomUUID(),
            to: envelopeTo.length ? envelopeTo : addresses(parsed.to),
            from: parsed.from?.text ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            date: new Date().toISOString(),
          };
          store.push(mail);
          if (opts.dir)
            await writeFile(
              path.join(opts.dir, `${mail.date.replace(/[:.]/g, "-")}-${mail.id}.json`),
              JSON.stringify(mail, null, 2),
            );
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${HOST}`);
    const newestFirst = () => [...store].reverse();
    if (url.pathname === "/api/messages" && req.method === "GET") {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
      res.end(JSON.stringify(newestFirst()));
    } else if (url.pathname === "/api/messages" && req.method === "DELETE") {
      store.length = 0;
      res.writeHead(204).end();
    } else if (url.pathname === "/" && req.method === "GET") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(page(newestFirst()));
    } else {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Niet gevonden");
    }
  });

  await listen(smtp, opts.smtpPort);
  try {
    await listen(http, opts.httpPort);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }

  return {
    smtpPort: opts.smtpPort,
    httpPort: opts.httpPort,
    messages: () => [...store].reverse(),
    close: async () => {
      http.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => http.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025);
  const httpPort = Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 1080);
  const catcher = await startMailCatcher({ smtpPort, httpPort, dir: process.env.MAIL_CATCHER_DIR });
  console.log(`Mail catcher: SMTP smtp://127.0.0.1:${smtpPort} · Postvak: http://localhost:${httpPort}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void catcher.close().then(() => process.exit(0)));
  }
}
