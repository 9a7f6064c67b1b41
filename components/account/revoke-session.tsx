"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { revokeSessionAction } from "@/lib/account/session-actions";
import { ZRevokeSession } from "@/lib/account/session-schemas";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";

/** "Uitloggen" for one session behind a confirmation; ending this device's own signs it out. */
export function RevokeSession(props: { handle: string; device: string; current: boolean }) {
  const t = useTranslations("sessions");
  const kit = useServerForm({
    schema: ZRevokeSession,
    action: revokeSessionAction,
    hidden: { session: props.handle },
    idPrefix: `revoke-${props.handle}-`,
    labels: {},
    // This browser's session has ended on the server: clear its cookie and say so.
    onSuccess: (data) => {
      if ((data as { current?: boolean } | undefined)?.current) void signOut({ callbackUrl: "/inloggen?uitgelogd=1" });
    },
  });
  return (
    <ConfirmDialog
      kit={kit}
      trigger={props.current ? t("revokeCurrent") : t("revoke")}
      title={t("revokeTitle", { device: props.device })}
      body={<p>{props.current ? t("revokeCurrentBody") : t("revokeBody", { device: props.device })}</p>}
      confirm={t("revokeConfirm")}
      cancel={t("cancel")}
    />
  );
}
