"use server";
// Server actions for meetings and their action items (tasks).
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { addActionItem } from "./add-action-item";
import { completeTask } from "./complete-task";
import { planMeeting } from "./plan-meeting";
import { ZAddActionItem, ZCompleteTask, ZPlanMeeting, ZUpdateMeetingRecord } from "./schemas";
import { updateMeetingRecord } from "./update-record";

const meetingsPath = (initiativeId: string) => `/initiatieven/${initiativeId}/overleggen`;

export const planMeetingAction = authedAction(ZPlanMeeting, async (actor, input) => {
  const result = await planMeeting(await getDb(), actor, input);
  revalidatePath(meetingsPath(result.initiativeId), "layout");
  return result;
});

export const updateMeetingRecordAction = authedAction(ZUpdateMeetingRecord, async (actor, input) => {
  const result = await updateMeetingRecord(await getDb(), actor, input);
  revalidatePath(`${meetingsPath(result.initiativeId)}/${result.id}`);
  if (result.taskIds.length > 0) {
    revalidatePath(meetingsPath(result.initiativeId), "layout");
    revalidatePath("/taken");
  }
  return { version: result.version, tasksAdded: result.taskIds.length };
});

export const addActionItemAction = authedAction(ZAddActionItem, async (actor, input) => {
  const result = await addActionItem(await getDb(), actor, input);
  revalidatePath(meetingsPath(result.initiativeId), "layout");
  revalidatePath("/taken");
  return { id: result.id };
});

export const completeTaskAction = authedAction(ZCompleteTask, async (actor, input) => {
  const result = await completeTask(await getDb(), actor, input);
  revalidatePath(meetingsPath(result.initiativeId), "layout");
  revalidatePath("/taken");
  return { done: result.done, version: result.version };
});
