"use client";
import { signOut } from "next-auth/react";

/** Leaving the second step: ends the half-finished session on the server too. */
export function SignOutLink({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/inloggen?uitgelogd=1" })}
      className="min-h-11 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
    >
      {label}
    </button>
  );
}
