import { after } from "next/server";

/**
 * Runs work whose duration must not show in the answer (sending a mail only some addresses get)
 * after the response has gone out. Outside a request (scripts, tests) it simply runs now.
 */
export async function afterAnswer(task: () => Promise<void>): Promise<void> {
  const guarded = () => task().catch((error: unknown) => console.error("work after the answer failed", error));
  try {
    after(guarded);
  } catch {
    await guarded();
  }
}
