import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { InitiativeFrame } from "@/components/initiatives/initiative-frame";
import { loadVisibleInitiative } from "@/lib/pages/visible-initiative";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

/**
 * Every initiative page shares its way back, heading and tabs. The initiative is read through
 * the policy here too, so an initiative you may not see is a 404 whatever the page below;
 * the load is cached per request, so the page reuses it.
 */
export default async function InitiativeLayout({ children, params }: Props) {
  const { initiative } = await loadVisibleInitiative((await params).id);
  const [tInitiative, tStep, tMeetings, tArrangements, tChildren] = await Promise.all([
    getTranslations("initiative"),
    getTranslations("step"),
    getTranslations("meetings"),
    getTranslations("arrangements"),
    getTranslations("children"),
  ]);
  const base = `/initiatieven/${initiative.id}`;
  const name = initiative.name;
  return (
    <>
      <InitiativeFrame
        initiativeId={initiative.id}
        name={name}
        back={{
          home: { href: "/", label: tInitiative("back") },
          stappen: { href: base, label: tStep("back", { initiative: name }) },
          overleggen: { href: `${base}/overleggen`, label: tMeetings("backToList", { initiative: name }) },
          arrangement: { href: `${base}/arrangement`, label: `${tArrangements("title")} · ${name}` },
          kinderen: { href: `${base}/kinderen`, label: tChildren("backToList", { initiative: name }) },
        }}
      />
      {children}
    </>
  );
}
