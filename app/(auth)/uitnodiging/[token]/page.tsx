import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/invitation/accept-invitation-form";
import { loadInvitation } from "@/lib/pages/organisation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await loadInvitation(token);
  const t = await getTranslations("invitation");
  const tRole = await getTranslations("role");
  if (!invitation) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
        <p className="mt-3">{t("invalidBody")}</p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">
        {invitation.kind === "initiative"
          ? t("introInitiative", { initiative: invitation.targetName })
          : t("intro", {
              organisation: invitation.targetName,
              role: tRole(invitation.role as "BEHEERDER" | "MEDEWERKER" | "LEZER").toLowerCase(),
            })}
      </p>
      <p className="mb-6 mt-1 text-slate-700">{t("forEmail", { email: invitation.email })}</p>
      <AcceptInvitationForm token={token} email={invitation.email} hasAccount={invitation.hasAccount} />
    </>
  );
}
