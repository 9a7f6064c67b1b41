// One fake request (headers and cookies) for every integration file: vitest.config.ts aliases
// `next/headers` to this module in the integration project. The project shares modules between
// files (isolate: false), so per-file mocks bound whichever file loaded a module first, and files
// without a mock left the real module, which throws outside a request. request-reset.ts empties
// it before each test; tests set `testRequest.headers` and read `testRequest.cookies`.
interface TestRequest {
  headers: Headers;
  cookies: Map<string, string>;
}

const holder = globalThis as unknown as { __testRequest?: TestRequest };
export const testRequest: TestRequest = (holder.__testRequest ??= { headers: new Headers(), cookies: new Map() });

export async function headers(): Promise<Headers> {
  return testRequest.headers;
}

export async function cookies() {
  return {
    get: (name: string) =>
      testRequest.cookies.has(name) ? { name, value: testRequest.cookies.get(name)! } : undefined,
    getAll: () => [...testRequest.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => testRequest.cookies.has(name),
    set: (name: string, value: string) => void testRequest.cookies.set(name, value),
    delete: (name: string) => void testRequest.cookies.delete(name),
    toString: () => [...testRequest.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
  };
}

export function resetTestRequest(): void {
  testRequest.headers = new Headers();
  testRequest.cookies.clear();
}
