// Sign-in throttling kept in the database, so it holds across app instances (decision 0020).
// Per account, failures slow the next attempt and then make a password insufficient: the
// account's owner signs in with a link from their own mailbox instead of being locked out.
// Per client address, failures across accounts (spraying) refuse that address for a window.
// Unknown addresses are counted exactly like known ones, so the answers give nothing away.
import type { Tx } from "../db/create-client";
import { clock } from "../time/clock";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** From this many failures in the window, a password alone no longer signs this account in. */
export const LINK_REQUIRED_AFTER = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Failures before the first delay; each further one doubles it, up to the cap. */
const FREE_FAILURES = 2;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 4000;

/** Link requests: per mailbox and per client address, under keys of their own. */
export const MAX_LINKS_PER_MAILBOX = 5;
export const MAX_LINKS_PER_ADDRESS = 20;

export type SignInVerdict =
  { kind: "allowed"; delayMs: number } | { kind: "link-required"; delayMs: number } | { kind: "address-blocked" };

export function failureDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

export async function signInVerdict(db: Tx, email: string, ip: string, now = clock.now()): Promise<SignInVerdict> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  if (byAddress >= MAX_FAILURES_PER_ADDRESS) return { kind: "address-blocked" };
  const delayMs = failureDelayMs(byAccount);
  return byAccount >= LINK_REQUIRED_AFTER ? { kind: "link-required", delayMs } : { kind: "allowed", delayMs };
}

export async function recordLoginAttempt(db: Tx, email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
}

/** Records a link request; true when it stays within both limits. */
export async function allowLinkRequest(db: Tx, mailbox: string, ip: string, now = clock.now()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [email, address] = [`link:${mailbox}`, `link:${ip}`];
  const [byMailbox, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { email, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip: address, createdAt: { gte: since } } }),
  ]);
  const allowed = byMailbox < MAX_LINKS_PER_MAILBOX && byAddress < MAX_LINKS_PER_ADDRESS;
  if (allowed) await recordLoginAttempt(db, email, address, false);
  return allowed;
}

/**
 * Sign-up and reset requests of one mailbox, under their own key ("signup:<email>",
 * "reset:<email>"): records the request and says whether it stays within the limit.
 */
export async function allowMailboxRequest(db: Tx, key: string, now = clock.now()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const count = await db.loginAttempt.count({ where: { email: key, createdAt: { gte: since } } });
  if (count >= MAX_LINKS_PER_MAILBOX) return false;
  await recordLoginAttempt(db, key, key, false);
  return true;
}

/** Waits before answering; tests replace it to see the delay without spending it. */
export const throttleDelay = {
  wait: (ms: number): Promise<void> => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()),
};

/** Invitation links tried from one client address: guessing tokens is refused after this many misses. */
export const MAX_INVITATION_MISSES_PER_ADDRESS = 10;

export async function invitationAttemptsBlocked(db: Tx, ip: string, now = clock.now()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const misses = await db.loginAttempt.count({
    where: { ip: `invitation:${ip}`, success: false, createdAt: { gte: since } },
  });
  return misses >= MAX_INVITATION_MISSES_PER_ADDRESS;
}

export async function recordInvitationMiss(db: Tx, ip: string): Promise<void> {
  await recordLoginAttempt(db, "invitation", `invitation:${ip}`, false);
}
