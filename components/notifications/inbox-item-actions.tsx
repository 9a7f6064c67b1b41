"use client";
import { useTranslations } from "next-intl";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";
import { ZMarkAllRead, ZMarkRead } from "@/lib/notifications/schemas";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { buttonSecondary } from "../ui/styles";

export function MarkReadButton({ notificationId, label }: { notificationId: string; label: string }) {
  const t = useTranslations("notifications");
  const kit = useServerForm({
    schema: ZMarkRead,
    action: markReadAction,
    hidden: { notificationId },
    idPrefix: `read-${notificationId}-`,
    labels: {},
  });
  return (
    <ServerForm kit={kit} className="space-y-2">
      {/* The visible text is short; the name says which notification. */}
      <button
        type="submit"
        disabled={kit.pending}
        className={buttonSecondary}
        aria-label={t("markReadLabel", { item: label })}
      >
        {t("markRead")}
      </button>
    </ServerForm>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const kit = useServerForm({ schema: ZMarkAllRead, action: markAllReadAction, idPrefix: "read-all-", labels: {} });
  return (
    <ServerForm kit={kit} className="space-y-2">
      <SubmitButton label={t("markAllRead")} pendingLabel={t("markingAllRead")} className={buttonSecondary} />
    </ServerForm>
  );
}
