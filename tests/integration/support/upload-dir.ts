// Points UPLOAD_DIR at a fresh temporary folder for one test file's tests (registered as that
// file's beforeAll/afterAll) and puts the previous value back afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { resetAppConfig } from "../../../lib/config/app-config";

export function temporaryUploadDir(prefix: string): { readonly path: string } {
  const folder = { path: "" };
  let previous: string | undefined;
  beforeAll(async () => {
    previous = process.env.UPLOAD_DIR;
    folder.path = await mkdtemp(path.join(tmpdir(), prefix));
    process.env.UPLOAD_DIR = folder.path;
    resetAppConfig();
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.UPLOAD_DIR;
    else process.env.UPLOAD_DIR = previous;
    resetAppConfig();
    await rm(folder.path, { recursive: true, force: true });
  });
  return folder;
}
