// What the account forms post, importable by the browser (the forms validate with these too).
import { z } from "zod";
import { LOCALES } from "../i18n/config";

export const ZSetLocale = z.object({ locale: z.enum(LOCALES, { error: "invalid" }) });

/** Forms whose only input is the button: the server action still parses them. */
export const ZNoInput = z.object({});

export const ZSwitchWorkspace = z.object({ workspace: z.string().min(1).max(64) });
