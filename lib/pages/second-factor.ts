import "server-only";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { getSignInState, SECOND_FACTOR_ENROL_PATH, SECOND_FACTOR_VERIFY_PATH } from "../auth/current-actor";
import { getDb } from "../db/client";
import { pendingEnrolment } from "../mfa/enrolment";

/** The second step of signing in: only for a session that owes a code from an enrolled app. */
export async function loadVerifyPage() {
  const state = await getSignInState();
  if (state.status === "signed-out") redirect("/inloggen");
  if (state.status === "signed-in") redirect("/");
  if (state.need === "enrol") redirect(SECOND_FACTOR_ENROL_PATH);
}

/**
 * Enrolment: members at their first sign-in (their session owes it), and anyone signed in who
 * chooses to. Null when an app is already set up (the page then says so).
 */
export async function loadEnrolPage() {
  const state = await getSignInState();
  if (state.status === "signed-out") redirect("/inloggen");
  if (state.status === "second-factor" && state.need === "verify") redirect(SECOND_FACTOR_VERIFY_PATH);
  const [userId, email] =
    state.status === "second-factor" ? [state.userId, state.email] : [state.actor.userId, state.actor.email];
  const pending = await pendingEnrolment(await getDb(), userId, email);
  if (!pending) return { required: state.status === "second-factor", pending: null };
  const qrSvg = await QRCode.toString(pending.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return {
    required: state.status === "second-factor",
    pending: { secret: pending.secret.replace(/(.{4})/g, "$1 ").trim(), qrSvg },
  };
}

/** The account page's section and the demo banner: what this session's second factor is. */
export async function loadSecondFactorStatus() {
  const state = await getSignInState();
  if (state.status !== "signed-in") return { enrolled: false, demoSkipped: false, isMember: false };
  return {
    enrolled: state.enrolled,
    demoSkipped: state.demoSkipped,
    isMember: state.actor.workspaces.some((w) => w.kind === "ORGANISATION"),
  };
}
