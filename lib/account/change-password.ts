// Changing one's password from the account page: the current password first, the new one under
// the same policy as everywhere. Every session ends; the action re-issues the one in use.
import { endAllSessions } from "../auth/server-sessions";
import { hashPassword, verifyPassword } from "../auth/password";
import { assertStrongPassword } from "../auth/password-policy";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { FieldError } from "../policy/errors";

export async function changePassword(db: Db, actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new FieldError("currentPassword", "currentPasswordWrong");
  if (input.newPassword === input.currentPassword) throw new FieldError("newPassword", "passwordUnchanged");
  assertStrongPassword(input.newPassword, user, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endAllSessions(tx, user.id, "PASSWORD_CHANGED");
    await recordAudit(tx, actor, {
      action: "user.password_changed",
      entityType: "User",
      entityId: user.id,
      summary: {},
    });
    return { id: user.id, name: user.name, email: user.email };
  });
}
