import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { VersionCompare } from "@/components/arrangements/version-compare";
import { QueryForm } from "@/components/forms/query-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary, cardClass, inputClass, linkClass } from "@/components/ui/styles";
import { loadArrangementPage, loadVersionsPage } from "@/lib/arrangements/page-data";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ van?: string | string[]; naar?: string | string[] }>;
};
const one = (v?: string | string[]) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { initiative } = await loadArrangementPage(id);
  const t = await getTranslations("arrangements");
  return { title: `${t("versions.title")} · ${initiative.name}` };
}

export default async function ArrangementVersionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { initiative, arrangement, participating, versions, from, to, comparison } = await loadVersionsPage(id, {
    van: one(query.van),
    naar: one(query.naar),
  });
  const t = await getTranslations("arrangements");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : t("noValue"));
  const names = {
    ...Object.fromEntries(participating.map((o) => [o.id, o.name])),
    ...(arrangement?.organisationNames ?? {}),
  };
  return (
    <>
      <p className="mb-4">
        <Link href={`/initiatieven/${initiative.id}/arrangement`} className={linkClass}>
          ← {t("title")} · {initiative.name}
        </Link>
      </p>
      <PageHeader title={t("versions.title")} intro={t("versions.intro")} />
      {versions.length === 0 ? (
        <EmptyState title={t("versions.empty")} />
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="version-list" className={cardClass}>
            <h2 id="version-list" className="mb-3 text-lg font-semibold">
              {t("versions.title")}
            </h2>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-2">
                      {t("col.number")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("col.state")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("period")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("col.createdAt")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("col.submittedAt")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("col.establishedAt")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {versions.map((v) => (
                    <tr key={v.id} className="border-b border-slate-200">
                      <th scope="row" className="p-2">
                        {t("version", { number: v.number })}
                      </th>
                      <td className="p-2">{t(`state.${v.state}`)}</td>
                      <td className="p-2">
                        {t("periodValue", {
                          start: format.dateTime(v.periodStart, { dateStyle: "medium", timeZone: "UTC" }),
                          end: format.dateTime(v.periodEnd, { dateStyle: "medium", timeZone: "UTC" }),
                        })}
                      </td>
                      <td className="p-2">{when(v.createdAt)}</td>
                      <td className="p-2">{when(v.submittedAt)}</td>
                      <td className="p-2">{when(v.establishedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="version-compare" className={`${cardClass} space-y-4`}>
            <h2 id="version-compare" className="text-lg font-semibold">
              {t("versions.compareTitle")}
            </h2>
            {versions.length < 2 || !comparison ? (
              <p>{t("versions.needTwo")}</p>
            ) : (
              <>
                <QueryForm className="flex flex-col gap-3 sm:flex-row sm:items-end">
                  {(["van", "naar"] as const).map((name) => (
                    <div key={name} className="space-y-1 sm:w-56">
                      <label htmlFor={`compare-${name}`} className="block font-medium">
                        {t(name === "van" ? "versions.from" : "versions.to")}
                      </label>
                      <select
                        id={`compare-${name}`}
                        name={name}
                        defaultValue={(name === "van" ? from : to) ?? ""}
                        className={inputClass}
                      >
                        {versions.map((v) => (
                          <option key={v.id} value={v.id}>
                            {t("version", { number: v.number })}
                          </option>
                        ))}
                      </select>
                    </div>
                  ))}
                  <button type="submit" className={buttonSecondary}>
                    {t("versions.compare")}
                  </button>
                </QueryForm>
                <VersionCompare comparison={comparison} names={names} />
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
