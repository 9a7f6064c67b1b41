import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/generated/prisma*", "**/lib/db/*", "@prisma/*"],
              message: "app/ and components/ reach data through lib/<domain>/, never Prisma.",
            },
          ],
        },
      ],
    },
  },
  {
    // Import loops between modules make load order fragile and hide which area depends on which.
    files: ["lib/**"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // lib/pages/ composes the domains for one page each; a domain reaching back up would loop.
    files: ["lib/**"],
    ignores: ["lib/pages/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/pages/*", "@/lib/pages/*"],
              message:
                "lib/<domain>/ never imports a page loader: lib/pages/ composes domains, not the other way round.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
