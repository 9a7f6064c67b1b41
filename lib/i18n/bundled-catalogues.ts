// Both catalogues as a module, for the browser: client components take their texts from this
// cached script instead of from every page's payload (docs/decisions/0006-page-weight.md).
// tests/unit/bundled-catalogue.test.ts keeps it equal to what the server reads from messages/.
import enAccessLog from "@/messages/en/access-log.json";
import enAccessibility from "@/messages/en/accessibility.json";
import enArrangements from "@/messages/en/arrangements.json";
import enChildDocuments from "@/messages/en/child-documents.json";
import enChildren from "@/messages/en/children.json";
import enConsent from "@/messages/en/consent.json";
import enCore from "@/messages/en/core.json";
import enDashboards from "@/messages/en/dashboards.json";
import enDeliverables from "@/messages/en/deliverables.json";
import enErasure from "@/messages/en/erasure.json";
import enForms from "@/messages/en/forms.json";
import enIdentity from "@/messages/en/identity.json";
import enMeetings from "@/messages/en/meetings.json";
import enMfa from "@/messages/en/mfa.json";
import enNotifications from "@/messages/en/notifications.json";
import enOverview from "@/messages/en/overview.json";
import enPrivacy from "@/messages/en/privacy.json";
import enReviewQueue from "@/messages/en/review-queue.json";
import enSso from "@/messages/en/sso.json";
import enSessions from "@/messages/en/sessions.json";
import enSupport from "@/messages/en/support.json";
import nlAccessLog from "@/messages/nl/access-log.json";
import nlAccessibility from "@/messages/nl/accessibility.json";
import nlArrangements from "@/messages/nl/arrangements.json";
import nlChildDocuments from "@/messages/nl/child-documents.json";
import nlChildren from "@/messages/nl/children.json";
import nlConsent from "@/messages/nl/consent.json";
import nlCore from "@/messages/nl/core.json";
import nlDashboards from "@/messages/nl/dashboards.json";
import nlDeliverables from "@/messages/nl/deliverables.json";
import nlErasure from "@/messages/nl/erasure.json";
import nlForms from "@/messages/nl/forms.json";
import nlIdentity from "@/messages/nl/identity.json";
import nlMeetings from "@/messages/nl/meetings.json";
import nlMfa from "@/messages/nl/mfa.json";
import nlNotifications from "@/messages/nl/notifications.json";
import nlOverview from "@/messages/nl/overview.json";
import nlPrivacy from "@/messages/nl/privacy.json";
import nlReviewQueue from "@/messages/nl/review-queue.json";
import nlSso from "@/messages/nl/sso.json";
import nlSessions from "@/messages/nl/sessions.json";
import nlSupport from "@/messages/nl/support.json";
import type { Locale } from "./config";
import { mergeMessageFiles, type Messages } from "./merge-messages";

export const BUNDLED_CATALOGUES: Record<Locale, Messages> = {
  nl: mergeMessageFiles([
    ["access-log.json", nlAccessLog],
    ["accessibility.json", nlAccessibility],
    ["arrangements.json", nlArrangements],
    ["child-documents.json", nlChildDocuments],
    ["children.json", nlChildren],
    ["consent.json", nlConsent],
    ["core.json", nlCore],
    ["dashboards.json", nlDashboards],
    ["deliverables.json", nlDeliverables],
    ["erasure.json", nlErasure],
    ["forms.json", nlForms],
    ["identity.json", nlIdentity],
    ["meetings.json", nlMeetings],
    ["mfa.json", nlMfa],
    ["notifications.json", nlNotifications],
    ["overview.json", nlOverview],
    ["privacy.json", nlPrivacy],
    ["review-queue.json", nlReviewQueue],
    ["sso.json", nlSso],
    ["sessions.json", nlSessions],
    ["support.json", nlSupport],
  ]),
  en: mergeMessageFiles([
    ["access-log.json", enAccessLog],
    ["accessibility.json", enAccessibility],
    ["arrangements.json", enArrangements],
    ["child-documents.json", enChildDocuments],
    ["children.json", enChildren],
    ["consent.json", enConsent],
    ["core.json", enCore],
    ["dashboards.json", enDashboards],
    ["deliverables.json", enDeliverables],
    ["erasure.json", enErasure],
    ["forms.json", enForms],
    ["identity.json", enIdentity],
    ["meetings.json", enMeetings],
    ["mfa.json", enMfa],
    ["notifications.json", enNotifications],
    ["overview.json", enOverview],
    ["privacy.json", enPrivacy],
    ["review-queue.json", enReviewQueue],
    ["sso.json", enSso],
    ["sessions.json", enSessions],
    ["support.json", enSupport],
  ]),
};
