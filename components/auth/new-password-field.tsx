"use client";
import { useServerFormContext } from "../forms/form-context";
import { FormField } from "../forms/form-field";
import { inputClass } from "../ui/styles";
import { PasswordStrengthMeter } from "./password-strength-meter";

/**
 * A new password with its strength meter. The person's name and e-mail come from the form's own
 * fields (`nameField`, `emailField`) or are given (`person`): the meter warns when they are in it.
 */
export function NewPasswordField({
  name,
  help,
  person,
  nameField,
  emailField,
}: {
  name: string;
  help?: string;
  person?: { name?: string; email?: string };
  nameField?: string;
  emailField?: string;
}) {
  const kit = useServerFormContext();
  const watched = kit.form.watch([name, nameField ?? name, emailField ?? name]) as (string | undefined)[];
  const password = watched[0] ?? "";
  const who = {
    name: nameField ? watched[1] : person?.name,
    email: emailField ? watched[2] : person?.email,
  };
  const meterId = `${kit.fieldId(name)}-strength`;
  return (
    <div className="space-y-2">
      <FormField name={name} help={help} required>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            className={inputClass}
            aria-describedby={[control["aria-describedby"], meterId].filter(Boolean).join(" ")}
          />
        )}
      </FormField>
      <PasswordStrengthMeter id={meterId} password={password} person={who} />
    </div>
  );
}
