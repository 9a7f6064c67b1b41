// The consent form's input. A plain form posts one checkbox per scope as scopes.<n> (FormData
// keeps one value per name once flattened), and an unticked box in the browser holds false; the
// server only ever sees the ticked scopes. Code may pass the array directly.
import { z } from "zod";
import { ZGiveConsent } from "./schemas";

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

export const ZGiveConsentForm = z.preprocess(collectScopes, ZGiveConsent);
