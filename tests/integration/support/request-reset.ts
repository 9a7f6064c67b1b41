// Runs before each integration test file: every test starts with an empty fake request
// (./next-headers.ts), whatever the file before it left there.
import { beforeEach } from "vitest";
import { resetTestRequest } from "./next-headers";

beforeEach(() => resetTestRequest());
