import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataExportLinks } from "../account/data-export-links";
import { cardClass, linkClass } from "../ui/styles";

/**
 * The pages about one child that other parts of the app provide. Consent, parents, the access
 * log and the export of everything about the child (AVG) are the guardians' own; the documents
 * page shows each visitor the documents of their scopes, so it is offered to everyone who sees
 * the child.
 */
export function ChildLinks({ base, name, guardian }: { base: string; name: string; guardian: boolean }) {
  const t = useTranslations("children");
  const tp = useTranslations("privacy");
  const te = useTranslations("erasure");
  const links = [
    ...(guardian
      ? [
          { href: `${base}/toestemming`, label: t("linkConsent") },
          { href: `${base}/ouders`, label: t("linkGuardians") },
        ]
      : []),
    { href: `${base}/documenten`, label: t("linkDocuments") },
    ...(guardian
      ? [
          { href: `${base}/meegekeken`, label: t("linkViewedBy") },
          { href: `${base}/gegevens-wissen`, label: te("link") },
        ]
      : []),
  ];
  return (
    <nav aria-labelledby="child-more" className={cardClass}>
      <h2 id="child-more" className="mb-2 text-lg font-semibold">
        {t("moreTitle", { name })}
      </h2>
      <ul className="space-y-1">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className={`${linkClass} inline-flex min-h-11 items-center`}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
      {guardian ? (
        <div className="mt-3">
          <h3 className="font-medium">{tp("downloadChild", { name })}</h3>
          <DataExportLinks href={`/api${base}/gegevens`} what={tp("downloadChild", { name })} />
        </div>
      ) : null}
    </nav>
  );
}
