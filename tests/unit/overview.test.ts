import { describe, expect, it } from "vitest";
import { nextSteps, waitingOnWhom, type OverviewStep, type OverviewTask } from "../../lib/stappenplan/overview";
import { amsterdamToday } from "../../lib/time/amsterdam";

const school = { id: "org_school", name: "Basisschool De Vlinderboom" };
const zorg = { id: "org_zorg", name: "Stichting Kinderzorg Baronie" };
const ouder = { id: "user_ouder", name: "Sanne de Vries" };
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = "2027-03-10";

let n = 0;
function step(values: Partial<OverviewStep>): OverviewStep {
  n++;
  return {
    id: `s${n}`,
    title: `Stap ${n}`,
    phase: "VOORBEREIDING",
    status: "NIET_GESTART",
    dueDate: null,
    ownerOrganisation: null,
    ownerUser: null,
    ...values,
  };
}
function task(values: Partial<OverviewTask>): OverviewTask {
  n++;
  return { id: `t${n}`, title: `Taak ${n}`, dueDate: null, ownerOrganisation: null, ownerUser: null, ...values };
}

describe("wie wacht op wie", () => {
  const steps = [
    step({ id: "school-late", ownerOrganisation: school, dueDate: d("2027-03-01"), status: "BEZIG" }),
    step({ id: "school-done", ownerOrganisation: school, status: "AFGEROND", dueDate: d("2027-01-01") }),
    step({ id: "zorg-open", ownerOrganisation: zorg, dueDate: d("2027-04-01") }),
    step({ id: "nobody", dueDate: null }),
    step({ id: "future-phase", phase: "UITVOERING", ownerOrganisation: zorg }),
    step({ id: "future-overdue", phase: "INRICHTING", ownerUser: ouder, dueDate: d("2027-02-01") }),
    step({ id: "na", ownerOrganisation: zorg, status: "NIET_VAN_TOEPASSING" }),
  ];
  const tasks = [
    task({ id: "ouder-task", ownerUser: ouder, dueDate: d("2027-05-01") }),
    task({ id: "school-task", ownerOrganisation: school, dueDate: d("2027-02-15") }),
    task({ id: "loose-task" }),
  ];
  const groups = waitingOnWhom(steps, tasks, "VOORBEREIDING", TODAY);

  it("groups open steps and open tasks by organisation or person, oldest due date first, unassigned last", () => {
    expect(groups.map((g) => (g.owner.kind === "none" ? "none" : `${g.owner.kind}:${g.owner.name}`))).toEqual([
      "person:Sanne de Vries",
      "organisation:Basisschool De Vlinderboom",
      "organisation:Stichting Kinderzorg Baronie",
      "none",
    ]);
  });

  it("counts steps and tasks per owner and reports the oldest due date and whether anything is overdue", () => {
    const [ouderGroup, schoolGroup, zorgGroup, none] = groups;
    expect(ouderGroup).toMatchObject({ steps: 1, tasks: 1, oldestDue: d("2027-02-01"), overdue: true });
    expect(schoolGroup).toMatchObject({ steps: 1, tasks: 1, oldestDue: d("2027-02-15"), overdue: true });
    expect(schoolGroup!.items.map((i) => i.id)).toEqual(["school-task", "school-late"]);
    expect(zorgGroup).toMatchObject({ steps: 1, tasks: 0, oldestDue: d("2027-04-01"), overdue: false });
    expect(none).toMatchObject({ owner: { kind: "none" }, steps: 1, tasks: 1, oldestDue: null, overdue: false });
  });

  it("leaves out finished, not applicable and later-phase steps unless they are overdue", () => {
    const ids = groups.flatMap((g) => g.items.map((i) => i.id));
    expect(ids).not.toContain("school-done");
    expect(ids).not.toContain("na");
    expect(ids).not.toContain("future-phase");
    expect(ids).toContain("future-overdue");
  });

  it("is empty when nothing is open", () => {
    expect(waitingOnWhom([step({ status: "AFGEROND" })], [], "VOORBEREIDING", TODAY)).toEqual([]);
  });
});

describe("volgende stappen", () => {
  it("lists open steps of the current phase and overdue steps of any phase, overdue first", () => {
    const steps = [
      step({ id: "current-later", dueDate: d("2027-06-01") }),
      step({ id: "current-undated" }),
      step({ id: "current-overdue", dueDate: d("2027-03-09"), status: "BEZIG" }),
      step({ id: "due-today", dueDate: d(TODAY) }),
      step({ id: "next-phase", phase: "INRICHTING", dueDate: d("2027-06-01") }),
      step({ id: "next-phase-overdue", phase: "BORGING", dueDate: d("2026-12-01") }),
      step({ id: "done", status: "AFGEROND", dueDate: d("2026-01-01") }),
    ];
    const result = nextSteps(steps, "VOORBEREIDING", TODAY);
    expect(result.map((s) => [s.id, s.overdue])).toEqual([
      ["next-phase-overdue", true],
      ["current-overdue", true],
      ["due-today", false],
      ["current-later", false],
      ["current-undated", false],
    ]);
  });

  it("uses the date in the Netherlands for today", () => {
    expect(amsterdamToday(new Date("2027-03-09T23:30:00Z"))).toBe("2027-03-10");
    expect(amsterdamToday(new Date("2027-07-01T21:59:00Z"))).toBe("2027-07-01");
  });
});
