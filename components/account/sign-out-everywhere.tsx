"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { ConfirmDialog } from "../ui/confirm-dialog";

export function SignOutEverywhere() {
  const t = useTranslations("account");
  const tOrg = useTranslations("organisation");
  async function run() {
    await signOutEverywhereAction(null, {});
    await signOut({ callbackUrl: "/inloggen?uitgelogd=1" });
  }
  return (
    <ConfirmDialog
      trigger={t("signOutEverywhere")}
      title={t("signOutEverywhere")}
      body={<p>{t("signOutEverywhereConfirm")}</p>}
      confirm={t("signOutEverywhere")}
      cancel={tOrg("cancel")}
      action={() => void run()}
      hidden={{}}
    />
  );
}
