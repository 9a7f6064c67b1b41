"use client";
import { useId, useRef, type ReactNode } from "react";
import { buttonDanger, buttonSecondary } from "./styles";

/**
 * A destructive action behind a native <dialog>: focus moves into it, Escape closes it,
 * and the confirming button submits the given form action.
 */
export function ConfirmDialog(props: {
  trigger: string;
  triggerClass?: string;
  title: string;
  body: ReactNode;
  confirm: string;
  cancel: string;
  action: (formData: FormData) => void;
  hidden: Record<string, string>;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" className={props.triggerClass ?? buttonSecondary} onClick={() => ref.current?.showModal()}>
        {props.trigger}
      </button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {props.title}
        </h2>
        <div className="mt-2">{props.body}</div>
        <form
          action={(fd) => {
            ref.current?.close();
            props.action(fd);
          }}
          className="mt-6 flex flex-wrap justify-end gap-3"
        >
          {Object.entries(props.hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="button" className={buttonSecondary} onClick={() => ref.current?.close()} autoFocus>
            {props.cancel}
          </button>
          <button type="submit" className={buttonDanger}>
            {props.confirm}
          </button>
        </form>
      </dialog>
    </>
  );
}
