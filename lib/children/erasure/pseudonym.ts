// The name an erased child keeps where a record of it must stay (arrangement approvals, the
// tombstone row): derived from the random id only, so it says nothing about the child.
import { createHash } from "node:crypto";

export function childPseudonym(childId: string): string {
  return `Kind ${createHash("sha256").update(childId).digest("hex").slice(0, 4).toUpperCase()}`;
}
