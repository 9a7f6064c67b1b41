"use server";
// Server actions of the SSO settings page. authedAction resolves the actor and validates; the
// functions check the policy themselves (organisation.configureSso, others 404).
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { saveSsoConfig } from "./config";
import { testSsoConnection } from "./connection";
import { ZSsoConfig, ZTestSsoConnection } from "./schemas";

export const saveSsoConfigAction = authedAction(ZSsoConfig, async (actor, input) => {
  const result = await saveSsoConfig(await getDb(), actor, input);
  revalidatePath("/organisatie/sso");
  return result;
});

export const testSsoConnectionAction = authedAction(ZTestSsoConnection, async (actor) =>
  testSsoConnection(await getDb(), actor),
);
