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
];

export default config;
