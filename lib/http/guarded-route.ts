// Route handlers see their params and query only after this check: an id or filter holding NUL,
// control characters or lone surrogates names nothing (404; a query value: 400) and never reaches
// the database, whose error for it used to be a 500. The proxy checks the same for requests over
// HTTP; this also covers handlers called in-process (tests) and any path the proxy lets by.
import { isSafeText } from "../validation/safe-text";
import { notFoundDownload } from "../files/download-response";

type Params = Record<string, string | string[] | undefined>;
type Context<P extends Params> = { params: Promise<P> };

export function guardedRoute<P extends Params>(
  handler: (request: Request, context: Context<P>) => Promise<Response>,
): (request: Request, context: Context<P>) => Promise<Response> {
  return async (request, context) => {
    const params = (await context?.params) ?? ({} as P);
    for (const value of Object.values(params))
      if ([value ?? ""].flat().some((v) => !isSafeText(v))) return notFoundDownload();
    for (const [key, value] of new URL(request.url).searchParams)
      if (!isSafeText(key) || !isSafeText(value))
        return new Response("Bad request", {
          status: 400,
          headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
        });
    return handler(request, { params: Promise.resolve(params) });
  };
}
