import type { Metadata, Viewport } from "next";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { toLocale } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = toLocale(await getLocale());
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* Client components' texts come from a cached script, not from this page's payload. */}
        <IntlProvider locale={locale} timeZone={await getTimeZone()}>
          {children}
        </IntlProvider>
      </body>
    </html>
  );
}
