"use client";
// The version a form about a versioned record saves over. It starts as the page's version, becomes
// the saved one after a success and the other person's after a conflict, so that saving again
// after a conflict means "keep mine", knowingly. Later failures without a version keep it.
import { useState } from "react";
import type { ServerFormKit } from "./use-server-form";

export function useSavedVersion(kit: ServerFormKit<{ version: number }>, initial: number): number {
  const [seen, setSeen] = useState(kit.state);
  const [version, setVersion] = useState(initial);
  if (kit.state !== seen) {
    // A new answer from the server (adjusting state while rendering, as React recommends).
    setSeen(kit.state);
    const state = kit.state;
    if (state?.ok) setVersion(state.data.version);
    else if (state?.code === "CONFLICT" && state.current && Number.isInteger(Number(state.current.version)))
      setVersion(Number(state.current.version));
  }
  return version;
}
