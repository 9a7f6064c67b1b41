"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/inloggen?uitgelogd=1" })}
      className="min-h-11 rounded-md px-3 py-2 font-medium text-white underline-offset-2 hover:underline"
    >
      {label}
    </button>
  );
}
