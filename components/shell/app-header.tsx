import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/policy/actor";
import { can } from "@/lib/policy/can";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { WorkspaceSwitcher } from "./workspace-switcher";

export async function AppHeader({ actor, unread }: { actor: Actor; unread: number }) {
  const t = await getTranslations("nav");
  const tKind = await getTranslations("orgKind");
  const tApp = await getTranslations("app");
  const label = (w: Actor["workspaces"][number]) =>
    w.kind === "PERSONAL" ? t("personal") : `${w.organisationName} (${tKind(w.organisationKind)})`;
  const ws = actor.workspace;
  return (
    <header className="bg-brand-800 text-white">
      <a
        href="#inhoud"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        {tApp("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-3 md:flex-row md:items-center md:justify-between">
        <div>
          <Link href="/" className="text-lg font-bold text-white">
            {tApp("name")}
          </Link>
          <p className="text-sm text-brand-50">
            <span className="sr-only">{t("workspace")}: </span>
            {label(ws)}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <WorkspaceSwitcher
            options={actor.workspaces.map((w) => ({ key: w.key, label: label(w) }))}
            current={ws.key}
          />
        </div>
      </div>
      <nav aria-label={t("main")} className="bg-brand-700">
        <ul className="mx-auto flex max-w-6xl flex-wrap items-center gap-1 px-2">
          <li>
            <NavLink href="/">{t("home")}</NavLink>
          </li>
          <li>
            <NavLink href="/taken">{t("tasks")}</NavLink>
          </li>
          <li>
            <NavLink href="/meldingen">
              {t("notifications")}
              {unread > 0 && (
                <span className="ml-1 rounded-full bg-white px-2 text-sm font-bold text-brand-800">
                  {unread}
                  <span className="sr-only"> {t("unread")}</span>
                </span>
              )}
            </NavLink>
          </li>
          {can(actor, "dashboard.view") && (
            <li>
              <NavLink href="/dashboard">{t("dashboard")}</NavLink>
            </li>
          )}
          {can(actor, "reviewQueue.view") && (
            <li>
              <NavLink href="/beoordelingen">{t("reviews")}</NavLink>
            </li>
          )}
          {can(actor, "organisation.view") && (
            <li>
              <NavLink href="/organisatie">{t("organisation")}</NavLink>
            </li>
          )}
          <li>
            <NavLink href="/account">{t("account")}</NavLink>
          </li>
          <li className="ml-auto">
            <SignOutButton label={t("signOut")} />
          </li>
        </ul>
      </nav>
    </header>
  );
}
