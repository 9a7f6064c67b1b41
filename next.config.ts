import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
  // Step deliverables go up as server actions: 10 MB per file plus the form around it.
  // authInterrupts: forbidden() answers 403 for a page one may see but not use (a child's edit page
  // for someone with consent to see it), as the policy's ForbiddenError does for actions.
  experimental: { serverActions: { bodySizeLimit: "11mb" }, authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
