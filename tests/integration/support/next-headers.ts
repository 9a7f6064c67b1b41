// One fake request (headers and cookies) for every integration file. The integration project
// shares modules between files (isolate: false in vitest.config.ts), so a module that first
// loaded under one file's next/headers mock keeps that mock for the rest of the run; a file with
// its own cookie jar would then read an empty jar. Every file mocks next/headers with this one
// object instead:
//   vi.mock("next/headers", async () => (await import("./support/next-headers")).nextHeadersMock());
// request-reset.ts empties it before each test; tests set `testRequest.headers` and read
// `testRequest.cookies`.
interface TestRequest {
  headers: Headers;
  cookies: Map<string, string>;
}

const holder = globalThis as unknown as { __testRequest?: TestRequest };
export const testRequest: TestRequest = (holder.__testRequest ??= { headers: new Headers(), cookies: new Map() });

export function nextHeadersMock() {
  return {
    headers: async () => testRequest.headers,
    cookies: async () => ({
      get: (name: string) =>
        testRequest.cookies.has(name) ? { name, value: testRequest.cookies.get(name)! } : undefined,
      getAll: () => [...testRequest.cookies].map(([name, value]) => ({ name, value })),
      has: (name: string) => testRequest.cookies.has(name),
      set: (name: string, value: string) => void testRequest.cookies.set(name, value),
      delete: (name: string) => void testRequest.cookies.delete(name),
    }),
  };
}

export function resetTestRequest(): void {
  testRequest.headers = new Headers();
  testRequest.cookies.clear();
}
