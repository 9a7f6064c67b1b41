import { describe, expect, it } from "vitest";
import { withEchoedValues } from "../../components/forms/nest-values";
import {
  flattenErrors,
  messageKey,
  splitServerErrors,
  summaryEntries,
  validationText,
  type KeyTranslator,
} from "../../components/forms/form-errors";
import { ZDecide, ZUpdateStep } from "../../lib/stappenplan/schemas";
import nl from "../../messages/nl/core.json";

const tv: KeyTranslator = Object.assign((key: string) => (nl.validation as Record<string, string>)[key]!, {
  has: (key: string) => key in nl.validation,
});

describe("form kit: message keys", () => {
  it("keeps our keys and turns zod's own sentences into 'invalid', as the server does", () => {
    expect(messageKey("reasonRequired")).toBe("reasonRequired");
    expect(messageKey("Invalid input: expected string, received null")).toBe("invalid");
    expect(messageKey(undefined)).toBe("invalid");
  });

  it("translates a key, and an unknown key as 'invalid'", () => {
    expect(validationText(tv, "dateInvalid")).toBe("Vul een geldige datum in.");
    expect(validationText(tv, "noSuchKey")).toBe("Deze waarde klopt niet.");
  });

  it("gives the browser the same message as the server for the same schema", () => {
    const values = { initiativeId: "ini_1", version: "3", kind: "SCENARIO", value: "SCENARIO_2", reason: "   " };
    const issue = ZDecide.safeParse(values).error!.issues[0]!;
    expect(issue.path).toEqual(["reason"]);
    expect(validationText(tv, issue.message)).toBe("Geef een reden.");
  });

  it("accepts the string values a form holds for the step schema (version and date as text)", () => {
    const values = { initiativeId: "i", stepId: "s", version: "2", status: "BEZIG", dueDate: "", notes: "x" };
    expect(ZUpdateStep.safeParse(values).success).toBe(true);
  });
});

describe("form kit: server results on fields", () => {
  const isField = (name: string) => ["reason", "value", "lines.0.amount"].includes(name);

  it("puts one key per field on the form's fields and the rest on the form", () => {
    const split = splitServerErrors(
      {
        ok: false,
        code: "VALIDATION",
        fieldErrors: { reason: ["reasonRequired", "tooLong"], version: ["invalid"], _form: ["gateClosed"] },
      },
      isField,
    );
    expect(split.fields).toEqual({ reason: "reasonRequired" });
    expect(split.form).toEqual(["validation.invalid", "validation.gateClosed"]);
  });

  it("keeps a conflict or refusal as a form error and nothing for a success", () => {
    expect(splitServerErrors({ ok: false, code: "CONFLICT", formError: "conflict" }, isField)).toEqual({
      fields: {},
      form: ["errors.conflict"],
    });
    expect(
      splitServerErrors({ ok: false, code: "FORBIDDEN", formError: "signIn.errorThrottled" }, isField).form,
    ).toEqual(["signIn.errorThrottled"]);
    expect(splitServerErrors({ ok: true, data: 1 }, isField)).toEqual({ fields: {}, form: [] });
    expect(splitServerErrors(null, isField)).toEqual({ fields: {}, form: [] });
  });

  it("maps row errors by their dotted path", () => {
    const split = splitServerErrors(
      { ok: false, code: "VALIDATION", fieldErrors: { "lines.0.amount": ["invalid"] } },
      isField,
    );
    expect(split.fields).toEqual({ "lines.0.amount": "invalid" });
  });
});

describe("form kit: error summary", () => {
  it("flattens react-hook-form's nested errors, rows included, without refs", () => {
    const errors = {
      reason: { type: "too_small", message: "reasonRequired", ref: { name: "reason" } },
      lines: [undefined, { amount: { type: "server", message: "invalid" } }],
      root: { server: { type: "CONFLICT", message: "conflict" } },
    };
    expect(flattenErrors(errors)).toEqual({ reason: "reasonRequired", "lines.1.amount": "invalid" });
  });

  it("shows an error on a list of checkboxes as a whole as the list's own error", () => {
    // react-hook-form puts the schema's "at least one" error on scopes.root when scopes.0… are registered.
    const errors = { scopes: { root: { type: "too_small", message: "chooseScopePart" } } };
    expect(flattenErrors(errors)).toEqual({ scopes: "chooseScopePart" });
  });

  it("lists fields in error in form order, each linking to its control", () => {
    const fields = [
      { name: "value", id: "d-value", label: "Keuze" },
      { name: "reason", id: "d-reason", label: "Reden" },
    ];
    const entries = summaryEntries({ reason: "reasonRequired", value: "chooseOption" }, fields, (k) =>
      validationText(tv, k),
    );
    expect(entries).toEqual([
      { href: "#d-value", label: "Keuze", text: "Kies een van de opties." },
      { href: "#d-reason", label: "Reden", text: "Geef een reden." },
    ]);
    expect(summaryEntries({}, fields, (k) => k)).toEqual([]);
  });
});

describe("form kit: input echoed after a post without JavaScript", () => {
  it("lays posted rows over the defaults and keeps what the post did not carry", () => {
    const defaults = { title: "", agenda: { inhoud: [{ text: "" }], zorg: [{ text: "bestaand" }] }, version: 3 };
    const values = withEchoedValues(defaults, {
      title: "Overleg",
      "agenda.inhoud.0.text": "eerste",
      "agenda.inhoud.1.text": "tweede",
    });
    expect(values).toEqual({
      title: "Overleg",
      agenda: { inhoud: [{ text: "eerste" }, { text: "tweede" }], zorg: [{ text: "bestaand" }] },
      version: 3,
    });
    expect(defaults.agenda.inhoud).toEqual([{ text: "" }]); // the defaults themselves are untouched
  });

  it("never writes through a prototype path", () => {
    const values = withEchoedValues({}, { "__proto__.polluted": "yes", "a.constructor.x": "y" });
    expect(values).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
