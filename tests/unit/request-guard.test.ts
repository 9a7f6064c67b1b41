// The proxy's refusals and headers (decision 0016), called with real NextRequest objects.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { resetAppConfig } from "../../lib/config/app-config";
import { checkActionJson, checkUrl } from "../../lib/http/request-guard";
import { isSafeText, stripUnsafe, unsafeField } from "../../lib/validation/safe-text";
import { proxy } from "../../proxy";

const BASE = "http://localhost:3000";

function req(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new NextRequest(`${BASE}${path}`, {
    method: init.method ?? "GET",
    headers: { host: "localhost:3000", ...init.headers },
    body: init.body,
  });
}

afterEach(() => {
  delete process.env.NEXTAUTH_URL;
  resetAppConfig();
});

describe("safe text", () => {
  it("refuses NUL, C0 controls and lone surrogates, keeps tabs, newlines, emoji and accents", () => {
    for (const bad of ["a\u0000b", "\u0007", "x\u001b[31m", "\u007f", "\uD800", "a\uDC00", "\uDBFFx"])
      expect(isSafeText(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ["", "Daan\tvan Dijk\r\nregel 2", "😀 café ĳ", "€ 26.000,00"])
      expect(isSafeText(good), JSON.stringify(good)).toBe(true);
    expect(stripUnsafe("a\u0000b\uD800c😀")).toBe("abc😀");
  });

  it("names the first form field holding unsafe text, including file names and nested lists", () => {
    expect(unsafeField({ name: "ok", note: "x\u0000" })).toBe("note");
    expect(unsafeField({ file: new File(["x"], "bad\u0000.pdf") })).toBe("file");
    expect(unsafeField({ rows: [{ title: "a" }, { title: "\uD800" }] })).toBe("rows");
    expect(unsafeField({ name: "ok", rows: ["a", "b"] })).toBeUndefined();
  });
});

describe("proxy refusals", () => {
  it("answers malformed percent-encoding with 400 and NUL in a route id with 404", async () => {
    expect((await proxy(req("/initiatieven/%E0%A4%A")))!.status).toBe(400);
    expect((await proxy(req("/initiatieven/abc%00def")))!.status).toBe(404);
    expect((await proxy(req("/api/initiatieven/x%01/bestanden/y")))!.status).toBe(404);
    expect((await proxy(req("/dashboard?q=%00")))!.status).toBe(400);
    expect((await proxy(req("/dashboard?q=%zz")))!.status).toBe(400);
    expect((await proxy(req("/initiatieven/clx1abc?tab=kinderen")))!.status).toBe(200);
  });

  it("answers a server action from a foreign origin with 403, from our own with a pass", async () => {
    const action = { "next-action": "abc123", "content-type": "text/plain;charset=UTF-8" };
    const foreign = await proxy(
      req("/account", { method: "POST", headers: { ...action, origin: "https://evil.example" }, body: "[]" }),
    );
    expect(foreign!.status).toBe(403);
    const nullOrigin = await proxy(
      req("/account", { method: "POST", headers: { ...action, origin: "null" }, body: "[]" }),
    );
    expect(nullOrigin!.status).toBe(403);
    const own = await proxy(req("/account", { method: "POST", headers: { ...action, origin: BASE }, body: "[]" }));
    expect(own!.status).toBe(200);
    // GET from anywhere is a plain visit.
    expect((await proxy(req("/", { headers: { origin: "https://evil.example" } })))!.status).toBe(200);
  });

  it("answers a declared body over the limit with 413", async () => {
    const big = await proxy(
      req("/account", { method: "POST", headers: { origin: BASE, "content-length": String(12 * 1024 * 1024) } }),
    );
    expect(big!.status).toBe(413);
  });

  it("answers malformed or absurdly nested JSON in a server action call with 400", async () => {
    const headers = { origin: BASE, "next-action": "abc123", "content-type": "text/plain;charset=UTF-8" };
    expect((await proxy(req("/account", { method: "POST", headers, body: '["$K1",{' })))!.status).toBe(400);
    const deep = "[".repeat(5000) + "]".repeat(5000);
    expect((await proxy(req("/account", { method: "POST", headers, body: deep })))!.status).toBe(400);
    expect(checkActionJson('[{"title":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}]')).toBeUndefined();
    expect((await proxy(req("/account", { method: "POST", headers, body: '[{"a":1}]' })))!.status).toBe(200);
  });

  it("keeps ordinary URLs", () => {
    expect(checkUrl(`${BASE}/initiatieven/cm9abc/kinderen/cm9def?format=pdf&q=caf%C3%A9+%F0%9F%98%80`)).toBeUndefined();
  });
});

describe("security headers", () => {
  it("sets a CSP with a fresh nonce per request, strict-dynamic, no unsafe-inline for scripts, no framing", async () => {
    const a = (await proxy(req("/")))!;
    const b = (await proxy(req("/")))!;
    const csp = a.headers.get("content-security-policy")!;
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(b.headers.get("content-security-policy")).not.toBe(csp);
    // Next reads the nonce from the request's CSP header: the proxy passes it on.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(a.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS and upgrade-insecure-requests when the public address is https", async () => {
    process.env.NEXTAUTH_URL = "https://samennaarschool.example";
    resetAppConfig();
    const res = (await proxy(req("/", { headers: { host: "samennaarschool.example" } })))!;
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
    expect(res.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
