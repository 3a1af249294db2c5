// Our own shapes for what Belvo tells us. The rest of the app imports these, never Belvo's payloads,
// so a vendor rename touches lib/belvo only. Money is decimal text ("762.54") because the database
// stores Decimal and a float must never reach it.

export type * from "./types/common";
export type * from "./types/link";
export type * from "./types/institution";
export type * from "./types/employment-record";
export type * from "./types/current-employment";
export type * from "./types/employment-metrics";
