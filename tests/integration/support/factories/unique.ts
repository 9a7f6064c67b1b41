// Names and e-mail addresses no other test (or earlier run against the same database) uses.
let counter = 0;
const run = Math.random().toString(36).slice(2, 7);

/** "prefix 3k9a2-7": unique within the run and very likely across runs. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix} ${run}-${counter}`;
}

/** A unique address under example.test. */
export function uniqueEmail(who: string): string {
  counter += 1;
  return `${who}.${run}-${counter}@example.test`;
}
