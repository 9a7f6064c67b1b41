// The checklist in use. Initiatives store only keys and statuses, so the current version
// decides which items are shown; retired keys simply stop appearing.
import { RANDVOORWAARDEN_V1 } from "./checklist-v1";
import type { ConditionChecklist, ConditionItem } from "./checklist-types";

export const CURRENT_CHECKLIST: ConditionChecklist = RANDVOORWAARDEN_V1;
export const CONDITION_KEYS = CURRENT_CHECKLIST.items.map((i) => i.key);

export function conditionItem(key: string): ConditionItem | undefined {
  return CURRENT_CHECKLIST.items.find((i) => i.key === key);
}
