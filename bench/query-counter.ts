// Counts the SQL statements the running app sends, without touching app code: a small TCP
// proxy between the app and PostgreSQL that reads the client side of the wire protocol.
// Why not PostgreSQL's own counters: pg_stat_statements needs shared_preload_libraries (a
// restart of a shared server), and pg_stat_database counts transactions, not statements.
// Each simple Query ('Q') and each extended-protocol Execute ('E') is one statement; the
// text comes from the Query, or from the Parse ('P') behind the Execute's portal ('B').
import net from "node:net";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export interface QueryCounts {
  /** Statements other than transaction control. */
  queries: number;
  /** BEGIN / COMMIT / ROLLBACK / SAVEPOINT. */
  transactionControl: number;
  /** Statement text (whitespace squeezed, cut at 160 characters) → times run. */
  byText: Map<string, number>;
}

export interface QueryCounter {
  /** host:port to put in DATABASE_URL instead of the real server's. */
  address: { host: string; port: number };
  snapshot(): QueryCounts;
  close(): Promise<void>;
}

const TX_CONTROL = /^\s*(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

function cstring(buf: Buffer, start: number): [string, number] {
  const end = buf.indexOf(0, start);
  return [buf.toString("utf8", start, end), end + 1];
}

export async function startQueryCounter(upstream: { host: string; port: number }): Promise<QueryCounter> {
  let queries = 0;
  let transactionControl = 0;
  const byText = new Map<string, number>();
  const sockets = new Set<net.Socket>();

  const count = (text: string) => {
    if (TX_CONTROL.test(text)) transactionControl++;
    else queries++;
    const key = text.replace(/\s+/g, " ").trim().slice(0, 160);
    byText.set(key, (byText.get(key) ?? 0) + 1);
  };

  const server = net.createServer((client) => {
    const db = net.connect(upstream.port, upstream.host);
    sockets.add(client).add(db);
    const statements = new Map<string, string>(); // prepared statement name → SQL
    const portals = new Map<string, string>(); // portal name → SQL
    let pending: Buffer = Buffer.alloc(0);
    let startup = true;

    const parse = () => {
      for (;;) {
        if (startup) {
          // Startup-phase messages carry no type byte: int32 length, int32 code, …
          if (pending.length < 8) return;
          const len = pending.readInt32BE(0);
          if (pending.length < len) return;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(len);
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startup = false;
          continue;
        }
        if (pending.length < 5) return;
        const type = String.fromCharCode(pending[0]!);
        const len = pending.readInt32BE(1);
        if (pending.length < 1 + len) return;
        const body = pending.subarray(5, 1 + len);
        pending = pending.subarray(1 + len);
        if (type === "Q") count(cstring(body, 0)[0]);
        else if (type === "P") {
          const [name, next] = cstring(body, 0);
          statements.set(name, cstring(body, next)[0]);
        } else if (type === "B") {
          const [portal, next] = cstring(body, 0);
          portals.set(portal, statements.get(cstring(body, next)[0]) ?? "?");
        } else if (type === "E") count(portals.get(cstring(body, 0)[0]) ?? "?");
      }
    };

    // Bytes go through untouched; parsing only looks.
    client.on("data", (chunk: Buffer) => {
      db.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      parse();
    });
    db.pipe(client);
    const end = () => {
      client.destroy();
      db.destroy();
      sockets.delete(client);
      sockets.delete(db);
    };
    client.on("close", end).on("error", end);
    db.on("close", end).on("error", end);
  });

  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    address: { host: "127.0.0.1", port },
    snapshot: () => ({ queries, transactionControl, byText: new Map(byText) }),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
