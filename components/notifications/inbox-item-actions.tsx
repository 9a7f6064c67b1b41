"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";
import { SubmitButton } from "../forms/submit-button";
import { buttonSecondary } from "../ui/styles";

export function MarkReadButton({ notificationId, label }: { notificationId: string; label: string }) {
  const t = useTranslations("notifications");
  const [, action] = useActionState(markReadAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <button type="submit" className={buttonSecondary} aria-label={t("markReadLabel", { item: label })}>
        {t("markRead")}
      </button>
    </form>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const [, action] = useActionState(markAllReadAction, null);
  return (
    <form action={action}>
      <SubmitButton label={t("markAllRead")} pendingLabel="…" className={buttonSecondary} />
    </form>
  );
}
