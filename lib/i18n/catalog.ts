// Every message of both languages. One JSON file per area and language, so areas can change
// their words independently; `catalog.test.ts` checks that both languages have the same keys and
// the same ICU arguments.
import type { Locale } from "./locales";
import es_common from "./messages/es/common.json";
import es_shell from "./messages/es/shell.json";
import es_auth from "./messages/es/auth.json";
import es_public from "./messages/es/public.json";
import es_queue from "./messages/es/queue.json";
import es_applicant from "./messages/es/applicant.json";
import es_metrics from "./messages/es/metrics.json";
import es_connect from "./messages/es/connect.json";
import es_exports from "./messages/es/exports.json";
import es_team from "./messages/es/team.json";
import es_settings from "./messages/es/settings.json";
import es_errors from "./messages/es/errors.json";
import es_audit from "./messages/es/audit.json";
import es_demo from "./messages/es/demo.json";
import es_notifications from "./messages/es/notifications.json";
import es_report from "./messages/es/report.json";
import es_alerts from "./messages/es/alerts.json";
import es_privacy from "./messages/es/privacy.json";
import en_common from "./messages/en/common.json";
import en_shell from "./messages/en/shell.json";
import en_auth from "./messages/en/auth.json";
import en_public from "./messages/en/public.json";
import en_queue from "./messages/en/queue.json";
import en_applicant from "./messages/en/applicant.json";
import en_metrics from "./messages/en/metrics.json";
import en_connect from "./messages/en/connect.json";
import en_exports from "./messages/en/exports.json";
import en_team from "./messages/en/team.json";
import en_settings from "./messages/en/settings.json";
import en_errors from "./messages/en/errors.json";
import en_audit from "./messages/en/audit.json";
import en_demo from "./messages/en/demo.json";
import en_notifications from "./messages/en/notifications.json";
import en_report from "./messages/en/report.json";
import en_alerts from "./messages/en/alerts.json";
import en_privacy from "./messages/en/privacy.json";

export const NAMESPACES = [
  "common",
  "shell",
  "auth",
  "public",
  "queue",
  "applicant",
  "metrics",
  "connect",
  "exports",
  "team",
  "settings",
  "errors",
  "audit",
  "demo",
  "notifications",
  "report",
  "alerts",
  "privacy",
] as const;

export const CATALOGS = {
  es: {
    common: es_common,
    shell: es_shell,
    auth: es_auth,
    public: es_public,
    queue: es_queue,
    applicant: es_applicant,
    metrics: es_metrics,
    connect: es_connect,
    exports: es_exports,
    team: es_team,
    settings: es_settings,
    errors: es_errors,
    audit: es_audit,
    demo: es_demo,
    notifications: es_notifications,
    report: es_report,
    alerts: es_alerts,
    privacy: es_privacy,
  },
  en: {
    common: en_common,
    shell: en_shell,
    auth: en_auth,
    public: en_public,
    queue: en_queue,
    applicant: en_applicant,
    metrics: en_metrics,
    connect: en_connect,
    exports: en_exports,
    team: en_team,
    settings: en_settings,
    errors: en_errors,
    audit: en_audit,
    demo: en_demo,
    notifications: en_notifications,
    report: en_report,
    alerts: en_alerts,
    privacy: en_privacy,
  },
} satisfies Record<Locale, Record<(typeof NAMESPACES)[number], object>>;

export type Messages = (typeof CATALOGS)["es"];

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale] as Messages;
}
