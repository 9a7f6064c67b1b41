// Work whose duration must not show in the answer: a sign-in link is created and mailed only for
// known addresses, so doing it before answering would tell them apart by time. Inside a request
// it runs after the response (next/server `after`); outside one (tests, scripts) right away.
import { after } from "next/server";

export async function afterResponse(work: () => Promise<void>): Promise<void> {
  const guarded = () => work().catch((error: unknown) => console.error("background work failed", error));
  try {
    after(guarded);
  } catch {
    await guarded();
  }
}
