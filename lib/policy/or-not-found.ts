import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";

/** For pages: what the policy says does not exist for the actor renders the 404 page. */
export async function orNotFound<T>(work: Promise<T> | (() => T | Promise<T>)): Promise<T> {
  try {
    return await (typeof work === "function" ? work() : work);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
