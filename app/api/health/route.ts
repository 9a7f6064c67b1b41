import { healthResponse } from "@/lib/health/check";

export async function GET() {
  return healthResponse();
}
