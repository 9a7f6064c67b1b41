"use client";
import { useId, useRef, type ReactNode } from "react";
import { ServerForm } from "../forms/server-form";
import type { ServerFormKit } from "../forms/use-server-form";
import { buttonDanger, buttonSecondary } from "./styles";

// Invoker commands (HTML's `command`/`commandfor`) open and close the dialog without JavaScript
// where the browser has them; React does not know the attributes yet, so they go in as a spread.
const opens = (id: string) => ({ command: "show-modal", commandfor: id }) as object;
const closes = (id: string) => ({ command: "close", commandfor: id }) as object;
const hasCommands = () => typeof HTMLButtonElement !== "undefined" && "command" in HTMLButtonElement.prototype;

/**
 * A destructive action behind a native modal <dialog>: focus moves into it (to "cancel"), the rest
 * of the page is inert, Escape closes it and focus returns to the trigger. The dialog sits inside
 * the kit's form, so the confirming button posts the form to its server action (without
 * JavaScript too) and a refusal shows in the form's error summary above the trigger, where it
 * stays readable after the dialog has closed.
 */
export function ConfirmDialog<T>(props: {
  /** The form the confirming button submits: its hidden values say what to act on. */
  kit: ServerFormKit<T>;
  trigger: string;
  triggerClass?: string;
  title: string;
  body: ReactNode;
  confirm: string;
  cancel: string;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const dialogId = useId();
  const titleId = useId();
  return (
    <ServerForm kit={props.kit} className={props.className ?? "space-y-2"}>
      <button
        type="button"
        {...opens(dialogId)}
        className={props.triggerClass ?? buttonSecondary}
        onClick={() => {
          if (!hasCommands()) ref.current?.showModal();
        }}
      >
        {props.trigger}
      </button>
      <dialog
        ref={ref}
        id={dialogId}
        aria-labelledby={titleId}
        className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {props.title}
        </h2>
        <div className="mt-2">{props.body}</div>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <button
            type="button"
            {...closes(dialogId)}
            className={buttonSecondary}
            onClick={() => {
              if (!hasCommands()) ref.current?.close();
            }}
            autoFocus
          >
            {props.cancel}
          </button>
          {/* Closing first returns focus to the trigger; the post goes on (the button still submits). */}
          <button type="submit" className={buttonDanger} onClick={() => ref.current?.close()}>
            {props.confirm}
          </button>
        </div>
      </dialog>
    </ServerForm>
  );
}
