import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CareForms } from "@/components/children/care-forms";
import { ChildEditForm } from "@/components/children/child-edit-form";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass, linkClass } from "@/components/ui/styles";
import { centsToText, hundredthsToText } from "@/lib/children/care-form";
import { loadChildEditor } from "@/lib/pages/child";
import { dateOnlyOrNull } from "@/lib/time/date-only";

type Props = { params: Promise<{ id: string; kindId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, kindId } = await params;
  const { child } = await loadChildEditor(id, kindId);
  const t = await getTranslations("children");
  return { title: t("editTitle", { name: child.displayName }) };
}

const day = (d: Date | null | undefined) => dateOnlyOrNull(d) ?? "";

export default async function EditChildPage({ params }: Props) {
  const { id, kindId } = await params;
  const { initiative, child, schools, providers } = await loadChildEditor(id, kindId);
  const t = await getTranslations("children");
  const locale = await getLocale();
  const o = child.onderwijs;
  const values = {
    displayName: child.displayName,
    birthYear: String(child.birthYear),
    schoolId: o?.school?.id ?? "",
    enrolledOn: day(o?.enrolledOn),
    tlvStatus: o?.tlv.status ?? "",
    tlvCategory: o?.tlv.category ?? "",
    tlvFrom: day(o?.tlv.from),
    tlvTo: day(o?.tlv.to),
    tlvDecidedOn: day(o?.tlv.decidedOn),
    oppPresent: o?.opp.present ?? false,
    oppEvaluatedOn: day(o?.opp.evaluatedOn),
    oppDeviatesFromTeachingTime: o?.opp.deviatesFromTeachingTime ?? false,
    oppDeviationReason: o?.opp.deviationReason ?? "",
  };
  const rows = (child.care ?? []).map((c) => ({
    id: c.id,
    version: c.version,
    values: {
      fundingStream: c.fundingStream,
      status: c.status,
      periodStart: day(c.periodStart),
      periodEnd: day(c.periodEnd),
      hoursPerWeek: hundredthsToText(c.hoursPerWeekHundredths, locale),
      budgetPerYear: centsToText(c.budgetCentsPerYear),
      providerOrganisationId: c.provider?.id ?? "",
    },
  }));
  const childPath = `/initiatieven/${initiative.id}/kinderen/${child.id}`;
  return (
    <>
      <PageHeader title={t("editTitle", { name: child.displayName })} intro={t("editIntro")}>
        <Link href={childPath} className={linkClass}>
          {t("backToChild", { name: child.displayName })}
        </Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="child-details" className={cardClass}>
          <h2 id="child-details" className="mb-3 text-xl font-semibold">
            {t("detailsTitle")}
          </h2>
          <ChildEditForm childId={child.id} version={child.version} values={values} schools={schools} />
        </section>
        <section aria-labelledby="child-care" className="min-w-0">
          <h2 id="child-care" className="mb-1 text-xl font-semibold">
            {t("careTitle")}
          </h2>
          <p className="mb-4 text-slate-700">{t("careIntro")}</p>
          <CareForms childId={child.id} childName={child.displayName} rows={rows} providers={providers} />
        </section>
      </div>
    </>
  );
}
