"use client";
import { buttonSecondary } from "../ui/styles";
import { Table, Td, Th, THead } from "../ui/table";

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
      <Table caption={props.title}>
        <THead>
          <Th>{props.field}</Th>
          <Th>{props.theirVersion}</Th>
          <Th>{props.myVersion}</Th>
        </THead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.label} className={r.mine !== r.theirs ? "font-semibold" : undefined}>
              <Th scope="row" strong>
                {r.label}
              </Th>
              <Td anywhere preLine>
                {r.theirs}
              </Td>
              <Td anywhere preLine>
                {r.mine}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
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
