"use client";
import { createContext, useContext } from "react";
import type { ServerFormKit } from "./use-server-form";

export const ServerFormContext = createContext<ServerFormKit | null>(null);

/** The form a field or button sits in; fields only work inside a ServerForm. */
export function useServerFormContext(): ServerFormKit {
  const kit = useContext(ServerFormContext);
  if (!kit) throw new Error("Form kit components must be rendered inside <ServerForm>.");
  return kit;
}

/** For components that also render outside the kit (SubmitButton). */
export function useOptionalServerForm(): ServerFormKit | null {
  return useContext(ServerFormContext);
}
