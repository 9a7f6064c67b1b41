import "server-only";
import { getDb } from "../db/client";

export async function checkDatabase(): Promise<boolean> {
  try {
    await (
      await getDb()
    ).$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
