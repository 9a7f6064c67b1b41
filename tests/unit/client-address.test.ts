// The client's address comes from X-Forwarded-For only as deep as the declared proxies reach:
// entries further left are whatever the client sent, and are never believed.
import { describe, expect, it } from "vitest";
import { clientAddressFrom, originFrom, UNKNOWN_ADDRESS } from "../../lib/access-log/client-address";

describe("clientAddressFrom", () => {
  it("without proxies: the single address Next's server wrote from the socket", () => {
    expect(clientAddressFrom("::ffff:192.0.2.10", 0)).toBe("192.0.2.10");
    expect(clientAddressFrom("2001:db8::1", 0)).toBe("2001:db8::1");
  });

  it("without proxies: a header with several entries came from the client, so the address is unknown", () => {
    expect(clientAddressFrom("198.51.100.1, 192.0.2.10", 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(undefined, 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("behind n proxies: the entry n from the right, whatever the client put in front of it", () => {
    expect(clientAddressFrom("6.6.6.6, 192.0.2.10", 1)).toBe("192.0.2.10");
    expect(clientAddressFrom("6.6.6.6, 192.0.2.10, 10.0.0.2", 2)).toBe("192.0.2.10");
    // Fewer entries than proxies: someone skipped a proxy.
    expect(clientAddressFrom("192.0.2.10", 2)).toBe(UNKNOWN_ADDRESS);
  });

  it("anything that is no IP address is unknown, not logged as given", () => {
    expect(clientAddressFrom("<script>", 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom("evil.example, bad", 1)).toBe(UNKNOWN_ADDRESS);
  });
});

describe("originFrom", () => {
  it("reads the address through the configured proxies and keeps the browser short", () => {
    const long = `Mozilla/5.0 ${"x".repeat(500)}`;
    const origin = originFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 192.0.2.10", "user-agent": long }));
    // TRUSTED_PROXIES is unset here: no proxy is trusted, so two entries mean "unknown".
    expect(origin.clientAddress).toBe(UNKNOWN_ADDRESS);
    expect(origin.userAgent).toHaveLength(200);
    expect(originFrom({ "x-forwarded-for": "192.0.2.10" })).toEqual({ clientAddress: "192.0.2.10", userAgent: null });
  });
});
