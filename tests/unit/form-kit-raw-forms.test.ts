// Every form goes through the form kit (components/forms/ServerForm): validation with the server's
// schema, input kept after a failure, accessible errors, works without JavaScript. A raw <form>
// elsewhere fails this test. The list below is the forms not converted yet: it only shrinks.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const NOT_YET_ON_THE_KIT = ["components/auth/sign-in-link-form.tsx"];

const KIT = "components/forms/";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(tsx|jsx)$/.test(e.name))
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

/** Files that render a <form> element of their own (JSX or a createElement call). */
function filesWithRawForms(): string[] {
  return ["app", "components", "lib"]
    .flatMap(sourceFiles)
    .filter((file) => !file.startsWith(KIT))
    .filter((file) => /<form[\s>]|createElement\(\s*["']form["']/.test(readFileSync(file, "utf8")))
    .sort();
}

describe("forms use the form kit", () => {
  it("has no raw <form> outside components/forms/ but the forms not converted yet", () => {
    const unexpected = filesWithRawForms().filter((f) => !NOT_YET_ON_THE_KIT.includes(f));
    expect(unexpected, "render <ServerForm> from components/forms/ instead of a raw <form>").toEqual([]);
  });

  it("lists only forms that still need converting (remove a file once it is on the kit)", () => {
    const raw = filesWithRawForms();
    expect(NOT_YET_ON_THE_KIT.filter((f) => !raw.includes(f))).toEqual([]);
  });
});
