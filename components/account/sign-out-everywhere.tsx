"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { ZNoInput } from "@/lib/account/schemas";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";

export function SignOutEverywhere() {
  const t = useTranslations("account");
  const tOrg = useTranslations("organisation");
  const kit = useServerForm({
    schema: ZNoInput,
    action: signOutEverywhereAction,
    idPrefix: "sign-out-",
    labels: {},
    // Every session has ended, this one too: clear its cookie and say so on the sign-in page.
    onSuccess: () => void signOut({ callbackUrl: "/inloggen?uitgelogd=1" }),
  });
  return (
    <ConfirmDialog
      kit={kit}
      trigger={t("signOutEverywhere")}
      title={t("signOutEverywhere")}
      body={<p>{t("signOutEverywhereConfirm")}</p>}
      confirm={t("signOutEverywhere")}
      cancel={tOrg("cancel")}
    />
  );
}
