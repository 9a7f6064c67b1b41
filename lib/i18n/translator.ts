// Translations outside a request (e-mails, background work), in the recipient's language.
import { createTranslator } from "next-intl";
import { catalogue } from "./catalogue";
import { toLocale } from "./config";

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

export function translatorFor(locale: string | null | undefined, namespace: string): Translate {
  const l = toLocale(locale);
  const t = createTranslator({ locale: l, messages: catalogue(l), namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
}
