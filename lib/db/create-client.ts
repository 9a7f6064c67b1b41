import { PrismaClient } from "../generated/prisma/client";
import { createAdapter, databaseTarget, type DatabaseTarget } from "./adapter";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export async function createPrismaClient(target: DatabaseTarget = databaseTarget()): Promise<Db> {
  return new PrismaClient({ adapter: await createAdapter(target) });
}
