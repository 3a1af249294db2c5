// A message from the server is a catalog key (e.g. `errors.notFound`, plus optional params) or,
// for text Cotiza does not own (IMSS's and Belvo's own Spanish), the text itself, shown as is.

type Values = Record<string, string | number | Date>;

/** Any translator from next-intl (`useTranslations()` or `await getTranslations()`), unscoped. */
type RootTranslator = ((key: never, values?: never) => string) & { has(key: never): boolean };

// `namespace.path.to.key`: sentences have spaces, so they never look like one.
const KEY_SHAPE = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

type LooseTranslator = ((key: string, values?: Values) => string) & { has(key: string): boolean };

/** The reader's sentence for `message`: its translation when it is a catalog key, else itself. */
export function messageText(t: RootTranslator, message: string, values?: Values): string {
  const loose = t as unknown as LooseTranslator;
  return KEY_SHAPE.test(message) && loose.has(message) ? loose(message, values) : message;
}
