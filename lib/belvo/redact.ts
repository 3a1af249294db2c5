// Vendor messages can echo what was sent (a CURP, an NSS, an email). We keep Belvo's and IMSS's
// words because people act on them, but strip anything that identifies the applicant first.

const PATTERNS: [RegExp, string][] = [
  [/[A-Z]{4}\d{6}[A-Z]{6}[A-Z0-9]{2}/gi, "[CURP]"],
  [/[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}/gi, "[RFC]"],
  [/[^\s@"'<>]+@[^\s@"'<>]+\.[^\s@"'<>]+/g, "[email]"],
  [/\b\d{11}\b/g, "[NSS]"],
];

export function redactPersonalData(text: string): string {
  return PATTERNS.reduce((acc, [pattern, label]) => acc.replace(pattern, label), text);
}
