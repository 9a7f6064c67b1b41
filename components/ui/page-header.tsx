import type { ReactNode } from "react";

/**
 * A page's heading, its introduction and actions beside it. Level 2 for a tab inside a frame
 * whose heading is already the page's h1 (the initiative's name on its tab pages).
 */
export function PageHeader({
  title,
  intro,
  level = 1,
  children,
}: {
  title: string;
  intro?: string;
  level?: 1 | 2;
  children?: ReactNode;
}) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <Heading
          className={
            level === 1 ? "text-2xl font-bold tracking-tight sm:text-3xl" : "text-xl font-semibold sm:text-2xl"
          }
        >
          {title}
        </Heading>
        {intro && <p className="mt-2 max-w-2xl text-slate-700">{intro}</p>}
      </div>
      {children}
    </div>
  );
}
