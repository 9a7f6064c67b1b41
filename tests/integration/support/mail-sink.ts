// Runs before each integration test file: e-mail goes to the sink started in global-setup.ts
// unless the file starts its own catcher (its beforeAll runs after this and takes over).
import { beforeAll } from "vitest";
import { resetAppConfig } from "../../../lib/config/app-config";

beforeAll(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:1399";
  resetAppConfig(); // read the new address
});
