"use client";
import { buttonSecondary } from "../ui/styles";

export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

/**
 * A stale save, shown as both versions side by side: the user keeps theirs (save again) or
 * takes the saved one (reload). Rows that differ are bold.
 */
export function VersionConflict(props: {
  title: string;
  body: string;
  field: string;
  theirVersion: string;
  myVersion: string;
  takeTheirs: string;
  rows: ConflictRow[];
}) {
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">{props.title}</p>
      <p>{props.body}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">
                {props.field}
              </th>
              <th scope="col" className="py-1 pr-3">
                {props.theirVersion}
              </th>
              <th scope="col" className="py-1">
                {props.myVersion}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.label} className={r.mine !== r.theirs ? "font-semibold" : undefined}>
                <th scope="row" className="py-1 pr-3 align-top">
                  {r.label}
                </th>
                <td className="whitespace-pre-line py-1 pr-3 align-top [overflow-wrap:anywhere]">{r.theirs}</td>
                <td className="whitespace-pre-line py-1 align-top [overflow-wrap:anywhere]">{r.mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className={buttonSecondary} onClick={() => window.location.reload()}>
        {props.takeTheirs}
      </button>
    </div>
  );
}

/** The translated texts every conflict view needs, from a namespace that defines them. */
export function conflictTexts(
  t: (key: "conflictTitle" | "conflictBody" | "field" | "theirVersion" | "myVersion" | "takeTheirs") => string,
) {
  return {
    title: t("conflictTitle"),
    body: t("conflictBody"),
    field: t("field"),
    theirVersion: t("theirVersion"),
    myVersion: t("myVersion"),
    takeTheirs: t("takeTheirs"),
  };
}
