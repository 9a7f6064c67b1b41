// The CSP allows no eval (decision 0016). Zod compiles object parsers with `new Function` when it
// may; merely probing for that is reported as a CSP violation in the browser. Imported for its
// effect, before any schema is built: by the root layout's client provider and the shared schemas.
import { z } from "zod";

z.config({ jitless: true });
