// `prisma generate` without Prisma's schema-engine binary (it cannot be downloaded here):
// generate never uses the engine, but the CLI looks for one, so point it at any file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("node_modules/.bin/prisma")) process.exit(0); // production install without dev tools
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const result = spawnSync("node_modules/.bin/prisma", ["generate"], { env, stdio: ["ignore", "ignore", "inherit"] });
process.exit(result.status ?? 1);
