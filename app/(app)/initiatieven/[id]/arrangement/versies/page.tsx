import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { VersionCompare } from "@/components/arrangements/version-compare";
import { GetField, GetForm } from "@/components/forms/get-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { buttonSecondary, cardClass, inputClass } from "@/components/ui/styles";
import { loadArrangementPage, loadVersionsPage } from "@/lib/pages/arrangement";

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
  const { arrangement, participating, versions, from, to, comparison } = await loadVersionsPage(id, {
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
      <PageHeader title={t("versions.title")} intro={t("versions.intro")} />
      {versions.length === 0 ? (
        <EmptyState title={t("versions.empty")} />
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="version-list" className={cardClass}>
            <h2 id="version-list" className="mb-3 text-lg font-semibold">
              {t("versions.title")}
            </h2>
            <Table caption={t("versions.title")} minWidth="min-w-[40rem]">
              <THead>
                <Th>{t("col.number")}</Th>
                <Th>{t("col.state")}</Th>
                <Th>{t("period")}</Th>
                <Th>{t("col.createdAt")}</Th>
                <Th>{t("col.submittedAt")}</Th>
                <Th>{t("col.establishedAt")}</Th>
              </THead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id}>
                    <Th scope="row" strong>
                      {t("version", { number: v.number })}
                    </Th>
                    <Td>{t(`state.${v.state}`)}</Td>
                    <Td>
                      {t("periodValue", {
                        start: format.dateTime(v.periodStart, { dateStyle: "medium", timeZone: "UTC" }),
                        end: format.dateTime(v.periodEnd, { dateStyle: "medium", timeZone: "UTC" }),
                      })}
                    </Td>
                    <Td>{when(v.createdAt)}</Td>
                    <Td>{when(v.submittedAt)}</Td>
                    <Td>{when(v.establishedAt)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
          <section aria-labelledby="version-compare" className={`${cardClass} space-y-4`}>
            <h2 id="version-compare" className="text-lg font-semibold">
              {t("versions.compareTitle")}
            </h2>
            {versions.length < 2 || !comparison ? (
              <p>{t("versions.needTwo")}</p>
            ) : (
              <>
                <GetForm className="flex flex-col gap-3 sm:flex-row sm:items-end">
                  {(["van", "naar"] as const).map((name) => (
                    <GetField
                      key={name}
                      id={`compare-${name}`}
                      label={t(name === "van" ? "versions.from" : "versions.to")}
                      className="space-y-1 sm:w-56"
                    >
                      {(control) => (
                        <select
                          {...control}
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
                      )}
                    </GetField>
                  ))}
                  <button type="submit" className={buttonSecondary}>
                    {t("versions.compare")}
                  </button>
                </GetForm>
                <VersionCompare comparison={comparison} names={names} />
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
