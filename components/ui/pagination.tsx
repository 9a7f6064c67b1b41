import Link from "next/link";
import { useTranslations } from "next-intl";
import { linkClass } from "./styles";

export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("home");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link className={linkClass} href={hrefFor(page - 1)}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className={linkClass} href={hrefFor(page + 1)}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
