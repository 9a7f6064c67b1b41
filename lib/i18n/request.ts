import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogue } from "./catalogue";
import { LOCALE_COOKIE, toLocale } from "./config";

// No locale in the URL: the language is a per-browser choice (cookie), Dutch by default.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, timeZone: "Europe/Amsterdam", messages: catalogue(locale) };
});
