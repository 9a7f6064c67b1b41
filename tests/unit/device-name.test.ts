// The account page names each session's browser from its user agent.
import { describe, expect, it } from "vitest";
import { describeDevice } from "../../lib/account/device-name";

const UA = {
  chromeAndroid:
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  safariIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  edgeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  firefoxMac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0",
  headlessLinux:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
  chromeIpad:
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1",
};

describe("describeDevice", () => {
  it("names the common browsers and systems", () => {
    expect(describeDevice(UA.chromeAndroid)).toEqual({ browser: "Chrome", system: "Android" });
    expect(describeDevice(UA.safariIphone)).toEqual({ browser: "Safari", system: "iOS" });
    expect(describeDevice(UA.edgeWindows)).toEqual({ browser: "Edge", system: "Windows" });
    expect(describeDevice(UA.firefoxMac)).toEqual({ browser: "Firefox", system: "macOS" });
    expect(describeDevice(UA.headlessLinux)).toEqual({ browser: "Chrome", system: "Linux" });
    expect(describeDevice(UA.chromeIpad)).toEqual({ browser: "Chrome", system: "iPadOS" });
  });

  it("says nothing it does not know", () => {
    expect(describeDevice(null)).toEqual({ browser: null, system: null });
    expect(describeDevice("curl/8.5.0")).toEqual({ browser: null, system: null });
  });
});
