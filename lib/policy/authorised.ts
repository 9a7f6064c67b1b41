// "Already authorised" as a type (decision 0009). A loader that has checked the policy returns a
// branded value; queries and mutations on an initiative or a child accept only that, so a query
// on an id nobody checked does not compile (tests/unit/authorised-types.test.ts).
//
// The brands are minted only by the functions that do the check (lib/initiatives/queries.ts,
// lib/initiatives/editable.ts, lib/children/load-child.ts); tests/unit/authorised-types.test.ts
// fails when another file calls a mint.
import type { ConsentScope } from "../generated/prisma/enums";

declare const visibleInitiativeBrand: unique symbol;
declare const editableInitiativeBrand: unique symbol;
declare const visibleChildBrand: unique symbol;

/** An initiative loaded through visibleInitiativesWhere ("initiative.view") for the actor. */
export type VisibleInitiative<T extends { id: string } = { id: string }> = T & {
  readonly [visibleInitiativeBrand]: true;
};

/** An initiative the actor may also change ("initiative.edit"); usable wherever a visible one is. */
export type EditableInitiative<T extends { id: string } = { id: string }> = VisibleInitiative<T> & {
  readonly [editableInitiativeBrand]: true;
};

/** What the actor sees of one child it may see: everything (guardian) or the parts of its scopes. */
export type ChildAccess = { kind: "GUARDIAN" } | { kind: "CONSENT"; organisationId: string; scopes: ConsentScope[] };

/** A child whose details the policy let the actor see; queries on a child take only this. */
export type VisibleChild = { id: string; initiativeId: string; access: ChildAccess } & {
  readonly [visibleChildBrand]: true;
};

/** A child the actor may change: a confirmed guardian in the personal workspace. */
export type GuardedChild = VisibleChild & { access: { kind: "GUARDIAN" } };

/** Mints a VisibleInitiative: call only right after the visibility check. */
export function markVisibleInitiative<T extends { id: string }>(initiative: T): VisibleInitiative<T> {
  return initiative as VisibleInitiative<T>;
}

/** Mints an EditableInitiative: call only right after the edit check. */
export function markEditableInitiative<T extends { id: string }>(initiative: T): EditableInitiative<T> {
  return initiative as EditableInitiative<T>;
}

/** Mints a VisibleChild: call only right after the need-to-know check. */
export function markVisibleChild(child: { id: string; initiativeId: string; access: ChildAccess }): VisibleChild {
  return child as VisibleChild;
}
