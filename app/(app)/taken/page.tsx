import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MyTaskList } from "@/components/tasks/my-task-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass } from "@/components/ui/styles";
import { loadMyTasks } from "@/lib/pages/my-tasks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tasks"))("myTitle") };
}

export default async function MyTasksPage() {
  const { tasks, steps, limited } = await loadMyTasks();
  const t = await getTranslations("tasks");
  return (
    <>
      <PageHeader title={t("myTitle")} intro={t("myIntro")} />
      {tasks.length === 0 && steps.length === 0 ? (
        <EmptyState title={t("empty")} body={t("emptyHelp")} />
      ) : (
        <div className="space-y-6">
          {limited && <Notice tone="info">{t("limited")}</Notice>}
          <section aria-labelledby="my-tasks" className={cardClass}>
            <h2 id="my-tasks" className="text-lg font-semibold">
              {t("tasksGroup", { count: tasks.length })}
            </h2>
            <MyTaskList items={tasks} kind="tasks" />
          </section>
          <section aria-labelledby="my-steps" className={cardClass}>
            <h2 id="my-steps" className="text-lg font-semibold">
              {t("stepsGroup", { count: steps.length })}
            </h2>
            <MyTaskList items={steps} kind="steps" />
          </section>
        </div>
      )}
    </>
  );
}
