// The app's only door to Belvo. Everything exported here speaks our types, not Belvo's payloads.
export type { BelvoClient, BelvoClientConfig } from "./client";
export { createBelvoClient } from "./client";
export { belvoClientFromEnv, belvoConfigFromEnv, BELVO_BASE_URLS } from "./from-env";
export { widgetUrl, type WidgetUrlOptions } from "./widget-url";
export type { BelvoErrorCode, BelvoErrorDetail } from "./errors";
export { BelvoError, isBelvoError } from "./errors";
export type { BelvoRequestEvent } from "./http";
export type { RetryOptions } from "./retry";
export type { CallOptions } from "./resources/shared";
export type { InstitutionFilters } from "./resources/institutions";
export type {
  CreateLinkInput,
  LinkFilters,
  UpdateCredentialsInput,
  UpdateLinkInput,
} from "./resources/links";
export type {
  EmploymentRecordFilters,
  RetrieveEmploymentRecordsInput,
} from "./resources/employment-records";
export type {
  CurrentEmploymentFilters,
  RetrieveCurrentEmploymentsInput,
} from "./resources/current-employments";
export type {
  EmploymentMetricFilters,
  RetrieveEmploymentMetricsInput,
} from "./resources/employment-metrics";
export type { CreateWidgetTokenInput, WidgetBranding } from "./resources/widget-token";
export type * from "./types";
