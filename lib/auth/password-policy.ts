// The server's password check, the authoritative one: the meter in the browser only advises.
import { FieldError } from "../policy/errors";
import { passwordEstimator } from "./password-estimator";
import { judgePassword, type PasswordProblem } from "./password-strength";

export function passwordProblem(password: string, person: { name?: string | null; email?: string | null }) {
  return judgePassword(passwordEstimator, password, person).problem;
}

/** Throws a FieldError on `field` with the policy's message key when the password is refused. */
export function assertStrongPassword(
  password: string,
  person: { name?: string | null; email?: string | null },
  field = "password",
): void {
  const problem: PasswordProblem | null = passwordProblem(password, person);
  if (problem) throw new FieldError(field, problem);
}
