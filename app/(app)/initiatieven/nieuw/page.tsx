import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StartInitiativeForm } from "@/components/initiatives/start-initiative-form";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass } from "@/components/ui/styles";
import { loadStartPage } from "@/lib/pages/start-initiative";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("start"))("title") };
}

export default async function StartInitiativePage() {
  const { gemeenten, ownSchool } = await loadStartPage();
  const t = await getTranslations("start");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className={`${cardClass} max-w-3xl`}>
        <StartInitiativeForm gemeenten={gemeenten} ownSchool={ownSchool} />
      </div>
    </>
  );
}
