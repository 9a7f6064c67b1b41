import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_BODY_MB } from "./lib/http/limits";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite and the schema engine load .wasm files at run time; Node must load them unbundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@node-rs/argon2",
    "nodemailer",
  ],
  poweredByHeader: false,
  // The dev server serves its scripts only to pages opened from an allowed host (by hostname,
  // any port): localhost by default. Opening http://127.0.0.1:3000 would otherwise leave every
  // page unhydrated, forms included. Development only; production builds ignore it.
  allowedDevOrigins: ["127.0.0.1"],
  // Step deliverables go up as server actions: 10 MB per file plus the form around it. The proxy
  // buffers bodies up to proxyClientMaxBodySize and cuts off the rest, so it gets the same limit
  // (and answers 413 above it itself, see lib/http/request-guard.ts).
  // authInterrupts: forbidden() answers 403 for a page one may see but not use (a child's edit page
  // for someone with consent to see it), as the policy's ForbiddenError does for actions.
  experimental: {
    serverActions: { bodySizeLimit: `${MAX_BODY_MB}mb` },
    proxyClientMaxBodySize: `${MAX_BODY_MB}mb`,
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          // Old browsers; new ones follow the CSP's frame-ancestors 'none' (proxy.ts).
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
