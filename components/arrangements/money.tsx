"use client";
import { useLocale } from "next-intl";
import { formatCents } from "@/lib/arrangements/money";

/** An amount in cents in the UI's locale ("€ 12.345,67"); never wraps inside the number. */
export function Money({ cents }: { cents: number }) {
  const locale = useLocale();
  return <span className="whitespace-nowrap tabular-nums">{formatCents(cents, locale)}</span>;
}
