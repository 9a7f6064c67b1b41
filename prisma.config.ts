import { defineConfig } from "prisma/config";

// Prisma 7 reads the datasource URL from here. The app itself connects through a driver
// adapter (lib/db/client.ts); this URL is only for Prisma's CLI where its engine exists.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/samen_naar_school" },
});
