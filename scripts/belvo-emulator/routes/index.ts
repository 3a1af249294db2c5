import type { Route } from "../http/router";
import { controlRoutes } from "./controls";
import { employmentRecordRoutes } from "./employment-records";
import { imssResourceRoutes } from "./imss-resources";
import { institutionRoutes } from "./institutions";
import { linkRoutes } from "./links";
import { tokenRoutes } from "./token";
import { widgetRoutes } from "./widget";

export const ROUTES: readonly Route[] = [
  ...institutionRoutes,
  ...linkRoutes,
  ...employmentRecordRoutes,
  ...imssResourceRoutes,
  ...tokenRoutes,
  ...widgetRoutes,
  ...controlRoutes,
];
