// The daily job's part for arrangements: when the arrangement in force enters its evaluation
// window (8 weeks before the end of its period), everyone involved hears it once. Safe to run
// twice or on two machines at once: each version is claimed with a conditional update.
import type { Db } from "../../db/create-client";
import { recordAudit } from "../../audit/record-audit";
import { sendImmediateEmails } from "../../notifications/email";
import { notify } from "../../notifications/notify";
import { addDays } from "../dates";
import { requiredParties } from "../parties";
import { EVALUATION_WINDOW_DAYS } from "../status";
import { amsterdamToday } from "../../time/amsterdam";
import { clock } from "../../time/clock";
import { dateOnly, dateOnlyValue } from "../../time/date-only";
import { lineFromRow } from "./mapping";
import { arrangementNotification, partyPeople } from "./notifications";

const longDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Returns how many arrangements were announced as ending. */
export async function notifyEndingArrangements(db: Db, now = clock.now()): Promise<number> {
  const today = amsterdamToday(now);
  const candidates = await db.arrangementVersion.findMany({
    where: {
      state: "VASTGESTELD",
      periodEndingNotifiedAt: null,
      periodEnd: { lte: dateOnlyValue(addDays(today, EVALUATION_WINDOW_DAYS)) },
      arrangement: { supersededAt: null },
    },
    select: { id: true, arrangementId: true, number: true },
  });
  // Only the newest vastgesteld version of an arrangement is in force.
  const newest = await db.arrangementVersion.groupBy({
    by: ["arrangementId"],
    where: { arrangementId: { in: candidates.map((c) => c.arrangementId) }, state: "VASTGESTELD" },
    _max: { number: true },
  });
  const inForce = candidates.filter((c) =>
    newest.some((n) => n.arrangementId === c.arrangementId && n._max.number === c.number),
  );
  let announced = 0;
  for (const candidate of inForce) {
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.arrangementVersion.updateMany({
        where: { id: candidate.id, periodEndingNotifiedAt: null },
        data: { periodEndingNotifiedAt: now },
      });
      if (count !== 1) return null; // another run claimed it
      const version = await tx.arrangementVersion.findUniqueOrThrow({
        where: { id: candidate.id },
        include: {
          lines: true,
          arrangement: { select: { initiativeId: true, initiative: { select: { name: true } } } },
        },
      });
      const initiativeId = version.arrangement.initiativeId;
      const partyKeys = requiredParties(version.lines.map(lineFromRow)).map((p) => p.partyKey);
      await recordAudit(tx, null, {
        initiativeId,
        action: "arrangement.period_ending",
        entityType: "ArrangementVersion",
        entityId: version.id,
        summary: { number: version.number, periodEnd: dateOnly(version.periodEnd) },
      });
      const people = [...(await partyPeople(tx, initiativeId, partyKeys)), version.createdById];
      return notify(
        tx,
        null,
        people,
        arrangementNotification(version, "ARRANGEMENT_ACTION", "arrangementPeriodEnding", {
          end: longDate.format(version.periodEnd),
        }),
      );
    });
    if (!claimed) continue;
    await sendImmediateEmails(db, claimed, now);
    announced++;
  }
  return announced;
}
