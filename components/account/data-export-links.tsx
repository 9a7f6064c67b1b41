import { useTranslations } from "next-intl";
import { linkClass } from "../ui/styles";

/**
 * The two forms of an AVG export as plain links: a download is a file, not a page, so these are
 * ordinary anchors (no client navigation). Each link names what it downloads for screen readers.
 */
export function DataExportLinks({ href, what }: { href: string; what: string }) {
  const t = useTranslations("privacy");
  const links = [
    { format: "json", text: t("formatJson"), label: t("jsonLabel", { what }) },
    { format: "pdf", text: t("formatPdf"), label: t("pdfLabel", { what }) },
  ];
  return (
    <ul className="flex flex-wrap gap-x-4">
      {links.map((l) => (
        <li key={l.format}>
          <a
            href={`${href}?format=${l.format}`}
            aria-label={l.label}
            className={`${linkClass} inline-flex min-h-11 items-center`}
          >
            {l.text}
          </a>
        </li>
      ))}
    </ul>
  );
}
