/** Decimal text such as "762.54": never a float, so amounts survive the trip to a Decimal column. */
export type DecimalText = string;

/** Belvo's documented values, open-ended so a new value from Belvo does not fail a whole record. */
export type Open<T extends string> = T | (string & {});

export interface Page<T> {
  count: number;
  /** Full URL of the next page, as Belvo sends it; `null` on the last page. */
  next: string | null;
  previous: string | null;
  results: T[];
}

export interface WidgetToken {
  access: string;
  refresh: string;
}

export interface AsyncRequest {
  /** Belvo repeats this id in the webhook that says the data is ready. */
  requestId: string;
}
