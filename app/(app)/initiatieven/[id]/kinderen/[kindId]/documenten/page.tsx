import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChildDocumentList } from "@/components/child-documents/child-document-list";
import { UploadChildDocumentForm } from "@/components/child-documents/upload-child-document-form";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass, linkClass } from "@/components/ui/styles";
import { loadChildDocumentsPage } from "@/lib/pages/child-documents";

type Props = { params: Promise<{ id: string; kindId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, kindId } = await params;
  const { child } = await loadChildDocumentsPage(id, kindId);
  const t = await getTranslations("childDocuments");
  return { title: t("title", { child: child.displayName }) };
}

export default async function ChildDocumentsPage({ params }: Props) {
  const { id, kindId } = await params;
  const { initiative, child, canEdit, documents, reach } = await loadChildDocumentsPage(id, kindId);
  const t = await getTranslations("childDocuments");
  const name = child.displayName;
  return (
    <>
      <PageHeader
        title={t("title", { child: name })}
        intro={canEdit ? t("introGuardian", { child: name }) : t("introConsent", { child: name })}
      />
      <p className="mb-6">
        <Link href={`/initiatieven/${initiative.id}/kinderen/${child.id}`} className={linkClass}>
          {t("toChild", { child: name })}
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="child-documents" className={`${cardClass} space-y-4`}>
          <h2 id="child-documents" className="text-lg font-semibold">
            {t("listTitle")}
          </h2>
          <ChildDocumentList initiativeId={initiative.id} childId={child.id} items={documents} canEdit={canEdit} />
        </section>
        {canEdit && reach && (
          <section aria-labelledby="child-document-upload" className={cardClass}>
            <h2 id="child-document-upload" className="mb-3 text-lg font-semibold">
              {t("uploadTitle")}
            </h2>
            <UploadChildDocumentForm childId={child.id} reach={reach} />
          </section>
        )}
      </div>
    </>
  );
}
