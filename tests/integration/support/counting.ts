// The database with every model operation counted: a page's query count must not grow with data.
import type { Db } from "../../../lib/db/client";
import type { Tx } from "../../../lib/db/create-client";

export function countingDb(db: Db): { tx: Tx; count: () => number } {
  let n = 0;
  const tx = db.$extends({
    query: {
      $allModels: {
        async $allOperations({ args, query }) {
          n++;
          return query(args);
        },
      },
    },
  }) as unknown as Tx;
  return { tx, count: () => n };
}
