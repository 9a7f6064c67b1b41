import { describe, expect, it } from "vitest";
import {
  decodeParticipantKey,
  encodeOptionalParticipantKey,
  encodeParticipantKey,
  findParticipant,
  ZOptionalParticipantKey,
  ZParticipantKey,
} from "../../lib/participants/participant-key";

const school = { organisationId: "org_sch_vlinderboom", userId: null };
const parent = { organisationId: null, userId: "usr_ouder" };

describe("participant keys", () => {
  it("round-trips an organisation and a user", () => {
    expect(encodeParticipantKey(school)).toBe("org:org_sch_vlinderboom");
    expect(encodeParticipantKey(parent)).toBe("user:usr_ouder");
    expect(decodeParticipantKey(encodeParticipantKey(school))).toEqual(school);
    expect(decodeParticipantKey(encodeParticipantKey(parent))).toEqual(parent);
    const cuid = { organisationId: "cmabc123xyz0001", userId: null };
    expect(decodeParticipantKey(encodeParticipantKey(cuid))).toEqual(cuid);
  });

  it("names the organisation when a row has both, and nobody only in the optional form", () => {
    expect(encodeParticipantKey({ organisationId: "org_a", userId: "usr_b" })).toBe("org:org_a");
    expect(() => encodeParticipantKey({ organisationId: null, userId: null })).toThrow();
    expect(encodeOptionalParticipantKey({ organisationId: null, userId: undefined })).toBe("");
    expect(encodeOptionalParticipantKey({ userId: "usr_ouder" })).toBe("user:usr_ouder");
  });

  it.each(["", "org:", "user:", "org", "team:abc", "ORG:abc", "org:a:b", "org:a b", "org:abc/..", "parents"])(
    "refuses the malformed key %j",
    (key) => {
      expect(decodeParticipantKey(key)).toBeNull();
      expect(ZParticipantKey.safeParse(key).success).toBe(false);
    },
  );

  it("refuses an overlong key", () => {
    const key = `org:${"a".repeat(77)}`;
    expect(decodeParticipantKey(key)).toBeNull();
    expect(ZParticipantKey.safeParse(key).error?.issues[0]?.message).toBe("invalid");
    expect(decodeParticipantKey(key.slice(0, 80))).not.toBeNull();
  });

  it("accepts a trimmed key in forms, and the empty key only where nobody is allowed", () => {
    expect(ZParticipantKey.parse("  user:usr_ouder ")).toBe("user:usr_ouder");
    expect(decodeParticipantKey(" user:usr_ouder")).toBeNull();
    expect(ZOptionalParticipantKey.parse("")).toBe("");
    expect(ZOptionalParticipantKey.parse("org:org_a")).toBe("org:org_a");
    expect(ZOptionalParticipantKey.safeParse("org:").success).toBe(false);
  });

  it("finds only keys that name one of the participants", () => {
    const participants = [school, parent];
    expect(findParticipant("org:org_sch_vlinderboom", participants)).toEqual(school);
    expect(findParticipant("user:usr_ouder", participants)).toEqual(parent);
    expect(findParticipant("org:org_gm0361", participants)).toBeNull();
    // A user id is not an organisation id, even when the strings match.
    expect(findParticipant("org:usr_ouder", participants)).toBeNull();
    expect(findParticipant("org:", participants)).toBeNull();
  });
});
