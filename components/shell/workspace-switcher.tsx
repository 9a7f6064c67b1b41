"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { switchWorkspaceAction } from "@/lib/account/actions";
import { buttonSecondary } from "../ui/styles";

export interface WorkspaceOption {
  key: string;
  label: string;
}

/** A plain form (select + button) so it works the same with keyboard, mouse and screen reader. */
export function WorkspaceSwitcher({ options, current }: { options: WorkspaceOption[]; current: string }) {
  const t = useTranslations("nav");
  const id = useId();
  const [, action] = useActionState(switchWorkspaceAction, null);
  if (options.length < 2) return null;
  return (
    <form action={action} className="flex items-end gap-2">
      <div>
        <label htmlFor={id} className="block text-xs font-medium text-brand-50">
          {t("switchWorkspace")}
        </label>
        <select
          id={id}
          name="workspace"
          defaultValue={current}
          className="min-h-11 max-w-56 rounded-md border border-slate-400 bg-white px-2 text-slate-900"
        >
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonSecondary}>
        {t("switch")}
      </button>
    </form>
  );
}
