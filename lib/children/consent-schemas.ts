// The consent form's input. A plain form posts one checkbox per scope as scopes.<n> (FormData
// keeps one value per name once flattened), and an unticked box in the browser holds false; the
// server only ever sees the ticked scopes. Code may pass the array directly.
import { z } from "zod";
import { CONSENT_SCOPES, ZGiveConsent } from "./schemas";

function collectScopes(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  const posted = Array.isArray(record.scopes)
    ? record.scopes
    : Object.entries(record)
        .filter(([k]) => /^scopes\.\d+$/.test(k))
        .map(([, v]) => v);
  const rest = Object.fromEntries(Object.entries(record).filter(([k]) => !/^scopes\.\d+$/.test(k)));
  return { ...rest, scopes: posted.filter((s) => typeof s === "string" && s !== "") };
}

/** The form names its checkboxes "onderdelen": "Kies minstens één onderdeel". */
export const ZGiveConsentForm = z.preprocess(
  collectScopes,
  ZGiveConsent.extend({
    scopes: z
      .array(z.enum(CONSENT_SCOPES, { error: "chooseScopePart" }), { error: "chooseScopePart" })
      .min(1, { error: "chooseScopePart" })
      .transform((v) => [...new Set(v)]),
  }),
);
