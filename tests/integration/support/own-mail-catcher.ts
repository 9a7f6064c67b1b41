// A mail catcher of the test file's own, for files that read what was sent. Ports differ per
// file so a file never reads another's mail; files run one at a time (vitest.config.ts).
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startMailCatcher, type MailCatcher } from "../../../scripts/mail-catcher";
import { resetAppConfig } from "../../../lib/config/app-config";

export function ownMailCatcher(
  ports: { smtpPort: number; httpPort: number },
  opts: { clearBeforeEach?: boolean } = {},
) {
  let catcher: MailCatcher | undefined;
  beforeAll(async () => {
    catcher = await startMailCatcher(ports);
    process.env.SMTP_URL = `smtp://127.0.0.1:${ports.smtpPort}`;
    process.env.NEXTAUTH_URL = "http://app.test";
    resetAppConfig(); // read the new addresses
  });
  afterAll(async () => {
    await catcher?.close();
  });
  if (opts.clearBeforeEach) {
    beforeEach(async () => {
      await fetch(`http://127.0.0.1:${ports.httpPort}/api/messages`, { method: "DELETE" });
    });
  }
  const messages = () => {
    if (!catcher) throw new Error("the mail catcher starts in beforeAll");
    return catcher.messages();
  };
  return {
    /** Newest first. */
    messages,
    to: (email: string) => messages().filter((m) => m.to.includes(email)),
  };
}
