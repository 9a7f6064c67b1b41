// Every form goes through the form kit (components/forms/): validation with the server's schema,
// input kept after a failure, accessible errors, works without JavaScript. A raw <form>
// anywhere else fails this test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const KIT = "components/forms/";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(tsx|jsx)$/.test(e.name))
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

const RAW_FORM = /<form[\s>]|createElement\(\s*["']form["']/;

describe("forms use the form kit", () => {
  it("finds a raw form where there is one", () => {
    expect(RAW_FORM.test('return <form action={save} className="x">')).toBe(true);
    expect(RAW_FORM.test('createElement("form", props)')).toBe(true);
    expect(RAW_FORM.test("<ServerForm kit={kit}>")).toBe(false);
  });

  it("has no raw <form> outside components/forms/", () => {
    const kitFiles = sourceFiles("components/forms").filter((f) => RAW_FORM.test(readFileSync(f, "utf8")));
    expect(kitFiles.length, "the kit itself renders the forms").toBeGreaterThan(0);
    const raw = ["app", "components", "lib"]
      .flatMap(sourceFiles)
      .filter((file) => !file.startsWith(KIT))
      .filter((file) => RAW_FORM.test(readFileSync(file, "utf8")));
    expect(raw, "render <ServerForm> (or <GetForm>) from components/forms/ instead of a raw <form>").toEqual([]);
  });

  // A <form> without method="post" and without a server action falls back to GET: before
  // hydration or without JavaScript its fields (a password, a token) would land in the address.
  it("lets none of the kit's forms fall back to GET: each posts to a server action or says method=get", () => {
    const tags = sourceFiles("components/forms").flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/<form\s[^>]*>/g)].map((m) => ({ file, tag: m[0] })),
    );
    expect(tags.length).toBeGreaterThan(0);
    for (const { file, tag } of tags)
      expect(/action=\{kit\.formAction\}/.test(tag) || /method="get"/.test(tag), `${file}: ${tag}`).toBe(true);
  });

  it("puts no password or token in a GET form, and every password field in a posted form", () => {
    const files = ["app", "components"].flatMap(sourceFiles).filter((file) => !file.startsWith(KIT));
    const secret = /type="password"|<NewPasswordField|name="(password|token|wachtwoord)"/;
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      if (source.includes("<GetForm")) expect(secret.test(source), `${file} has a secret in a GET form`).toBe(false);
      if (secret.test(source) && !file.endsWith("new-password-field.tsx"))
        expect(source, `${file} renders a password outside <ServerForm>`).toMatch(/<ServerForm\b/);
    }
  });
});
