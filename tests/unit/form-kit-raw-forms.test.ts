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
});
