import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonPrimary } from "@/components/ui/styles";
import { GuardianRequestsPanel } from "@/components/children/guardian-requests-panel";
import { InitiativeTable } from "@/components/initiatives/initiative-table";
import { ParticipationInvitations } from "@/components/initiatives/participation-invitations";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { loadWorkspaceHome } from "@/lib/pages/workspace-home";

export default async function WorkspaceHomePage({
  searchParams,
}: {
  searchParams: Promise<{ pagina?: string; uitgenodigd?: string }>;
}) {
  const { pagina, uitgenodigd } = await searchParams;
  const page = Number.parseInt(pagina ?? "1", 10);
  const { actor, canStart, initiatives, invitations, guardianTasks } = await loadWorkspaceHome(
    Number.isFinite(page) ? page : 1,
  );
  const t = await getTranslations("home");
  const ts = await getTranslations("sessions");
  const kind = actor.workspace.kind === "PERSONAL" ? "PERSONAL" : actor.workspace.organisationKind;
  return (
    <>
      <PageHeader title={t(`title.${kind}`)} intro={t(`intro.${kind}`)}>
        <div className="flex flex-wrap items-center gap-4">
          <p className="font-medium text-slate-700">{t("count", { count: initiatives.total })}</p>
          {canStart && (
            <Link href="/initiatieven/nieuw" className={buttonPrimary}>
              {t("start")}
            </Link>
          )}
        </div>
      </PageHeader>
      {uitgenodigd && (
        <div className="mb-6">
          <Notice tone="success">{ts("invitationAccepted")}</Notice>
        </div>
      )}
      <ParticipationInvitations invitations={invitations} />
      <GuardianRequestsPanel invitations={guardianTasks.invitations} requests={guardianTasks.requests} />
      {initiatives.items.length === 0 ? (
        <EmptyState title={t("empty")} body={t("emptyHelp")} />
      ) : (
        <InitiativeTable items={initiatives.items} caption={t(`title.${kind}`)} />
      )}
      <Pagination page={initiatives.page} pageCount={initiatives.pageCount} hrefFor={(p) => `/?pagina=${p}`} />
    </>
  );
}
