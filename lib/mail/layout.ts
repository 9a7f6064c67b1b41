// Minimal accessible HTML for e-mails: one heading, a paragraph, one button-like link.
function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function mailWithLink(opts: { heading: string; body: string; linkLabel: string; url: string; footer: string }) {
  const text = `${opts.heading}\n\n${opts.body}\n\n${opts.linkLabel}: ${opts.url}\n\n${opts.footer}\n`;
  const html = `<!doctype html><html lang="nl"><body style="font-family:sans-serif;line-height:1.5;color:#1f2937">
<h1 style="font-size:20px">${escape(opts.heading)}</h1>
<p style="white-space:pre-line">${escape(opts.body)}</p>
<p><a href="${escape(opts.url)}" style="display:inline-block;background:#0f5132;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escape(opts.linkLabel)}</a></p>
<p style="font-size:13px;color:#4b5563">${escape(opts.footer)}</p>
</body></html>`;
  return { text, html };
}
