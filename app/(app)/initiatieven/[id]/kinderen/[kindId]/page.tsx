import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChildDetails } from "@/components/children/child-details";
import { ChildLinks } from "@/components/children/child-links";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary, linkClass } from "@/components/ui/styles";
import { loadChildPage } from "@/lib/pages/child";

type Props = { params: Promise<{ id: string; kindId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, kindId } = await params;
  const { initiative, child } = await loadChildPage(id, kindId);
  return { title: `${child.displayName} · ${initiative.name}` };
}

export default async function ChildPage({ params }: Props) {
  const { id, kindId } = await params;
  const { initiative, child, erasure } = await loadChildPage(id, kindId);
  const t = await getTranslations("children");
  const te = await getTranslations("erasure");
  const format = await getFormatter();
  const base = `/initiatieven/${initiative.id}/kinderen/${child.id}`;
  const guardian = child.access.kind === "GUARDIAN";
  const scopes =
    child.access.kind === "CONSENT" ? format.list(child.access.scopes.map((s) => t(`scopeShort.${s}`))) : "";
  const intro = [t("bornIn", { year: child.birthYear }), child.fictitious ? t("fictitious") : null]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      <PageHeader title={child.displayName} intro={intro}>
        {child.canEdit && (
          <Link href={`${base}/bewerken`} className={buttonSecondary}>
            {t("edit")}
          </Link>
        )}
      </PageHeader>
      {erasure && (
        <div className="mb-6">
          <Notice tone="info">
            <p>
              {te("banner", {
                child: child.displayName,
                date: format.dateTime(erasure.effectiveAfter, { dateStyle: "long", timeZone: "Europe/Amsterdam" }),
              })}
            </p>
            {guardian && (
              <Link href={`${base}/gegevens-wissen`} className={`${linkClass} mt-1 inline-flex min-h-11 items-center`}>
                {te("bannerLink")}
              </Link>
            )}
          </Notice>
        </div>
      )}
      <div className="mb-6">
        <Notice tone="info">
          {guardian
            ? t("accessGuardian", { name: child.displayName })
            : t("accessConsent", { name: child.displayName, scopes })}
        </Notice>
      </div>
      <ChildDetails child={child} />
      <div className="mt-6">
        <ChildLinks base={base} name={child.displayName} guardian={guardian} />
      </div>
    </>
  );
}
