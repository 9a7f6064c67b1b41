"use client";
// Both languages in one cached script: one provider whatever the language, so switching
// language re-renders the page in place instead of remounting it (and losing its state).
import "@/lib/validation/zod-config";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { BUNDLED_CATALOGUES } from "@/lib/i18n/bundled-catalogues";
import type { Locale } from "@/lib/i18n/config";

export function IntlProvider({
  locale,
  timeZone,
  children,
}: {
  locale: Locale;
  timeZone: string;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={BUNDLED_CATALOGUES[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
