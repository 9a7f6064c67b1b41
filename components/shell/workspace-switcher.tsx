"use client";
import { useTranslations } from "next-intl";
import { switchWorkspaceAction } from "@/lib/account/actions";
import { ZSwitchWorkspace } from "@/lib/account/schemas";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { buttonSecondary } from "../ui/styles";

export interface WorkspaceOption {
  key: string;
  label: string;
}

/**
 * A plain form (select + button) so it works the same with keyboard, mouse and screen reader, and
 * without JavaScript: the post sets the workspace and the page comes back in it.
 */
export function WorkspaceSwitcher({ options, current }: { options: WorkspaceOption[]; current: string }) {
  const t = useTranslations("nav");
  const kit = useServerForm({
    schema: ZSwitchWorkspace,
    action: switchWorkspaceAction,
    idPrefix: "switcher-",
    defaultValues: { workspace: current },
    labels: { workspace: t("switchWorkspace") },
  });
  if (options.length < 2) return null;
  const id = kit.fieldId("workspace");
  return (
    <ServerForm kit={kit} className="flex flex-wrap items-end gap-2">
      {/* Styled for the dark header, so not a FormField; the list has no wrong choice to explain. */}
      <div>
        <label htmlFor={id} className="block text-xs font-medium text-brand-50">
          {t("switchWorkspace")}
        </label>
        <select
          {...kit.form.register("workspace")}
          id={id}
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
      <SubmitButton label={t("switch")} pendingLabel={t("switching")} className={buttonSecondary} />
    </ServerForm>
  );
}
