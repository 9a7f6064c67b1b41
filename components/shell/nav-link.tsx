"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

const navLinkClass = "inline-block min-h-11 border-b-4 px-3 pb-2 pt-3 font-medium text-white hover:underline";

/**
 * A link in the main navigation. The link to the page you are on is marked for screen readers
 * (aria-current="page") and visibly; inside its section (a member of /organisatie/…) "true".
 * Home is current only on the home page itself.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current =
    pathname === href ? "page" : href !== "/" && pathname.startsWith(`${href}/`) ? ("true" as const) : undefined;
  return (
    <Link
      href={href}
      aria-current={current}
      className={`${navLinkClass} ${current ? "border-white" : "border-transparent"}`}
    >
      {children}
    </Link>
  );
}
