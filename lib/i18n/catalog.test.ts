import { readdirSync } from "node:fs";
import path from "node:path";
import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGS, NAMESPACES } from "./catalog";
import { LOCALES, type Locale } from "./locales";

/** Every message of a language as `namespace.path.to.key` → message. */
function flatten(value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, `${prefix}.${key}`, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

function messages(locale: Locale): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const [namespace, catalog] of Object.entries(CATALOGS[locale]))
    flatten(catalog, namespace, all);
  return all;
}

/**
 * What a message needs from its caller, as `name:kind` entries: plain, number, date and time
 * arguments, plurals (cardinal or ordinal), selects with their cases, and rich-text tags. Both
 * languages must ask for the same, or `t(key, values)` works in one and breaks in the other.
 */
function signature(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (isArgumentElement(element)) into.add(`${element.value}:argument`);
    else if (isNumberElement(element)) into.add(`${element.value}:number`);
    else if (isDateElement(element)) into.add(`${element.value}:date`);
    else if (isTimeElement(element)) into.add(`${element.value}:time`);
    else if (isPluralElement(element)) {
      into.add(`${element.value}:plural-${element.pluralType ?? "cardinal"}`);
      for (const option of Object.values(element.options)) signature(option.value, into);
    } else if (isSelectElement(element)) {
      const cases = Object.keys(element.options).sort().join("|");
      into.add(`${element.value}:select(${cases})`);
      for (const option of Object.values(element.options)) signature(option.value, into);
    } else if (isTagElement(element)) {
      into.add(`<${element.value}>:tag`);
      signature(element.children, into);
    }
  }
  return into;
}

const catalogs = Object.fromEntries(LOCALES.map((locale) => [locale, messages(locale)])) as Record<
  Locale,
  Map<string, unknown>
>;
const messagesDir = path.join(import.meta.dirname, "messages");

describe("the message catalogs", () => {
  it("register every namespace file, in every language", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(messagesDir, locale))
        .filter((file) => file.endsWith(".json"))
        .map((file) => file.replace(/\.json$/, ""))
        .sort();
      expect(files, `lib/i18n/messages/${locale}`).toEqual([...NAMESPACES].sort());
      expect(Object.keys(CATALOGS[locale]).sort(), `CATALOGS.${locale}`).toEqual(
        [...NAMESPACES].sort(),
      );
    }
  });

  it("hold some messages", () => {
    for (const locale of LOCALES) expect(catalogs[locale].size).toBeGreaterThan(50);
  });

  it("have the same keys in Spanish and English", () => {
    const es = [...catalogs.es.keys()];
    const en = [...catalogs.en.keys()];
    expect(
      es.filter((key) => !catalogs.en.has(key)),
      "in Spanish, missing in English",
    ).toEqual([]);
    expect(
      en.filter((key) => !catalogs.es.has(key)),
      "in English, missing in Spanish",
    ).toEqual([]);
  });

  it("hold only non-empty strings, under camelCase keys", () => {
    for (const locale of LOCALES) {
      for (const [key, value] of catalogs[locale]) {
        expect(typeof value === "string" && value.trim() !== "", `${locale} ${key}`).toBe(true);
        // Keys are camelCase identifiers (plural categories and enum values aside, which may be
        // SCREAMING_CASE or kebab-case when they name a value from the code).
        for (const part of key.split("."))
          expect(part, `${locale} ${key}`).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
      }
    }
  });

  it("parse as ICU messages in both languages", () => {
    const failures: string[] = [];
    for (const locale of LOCALES) {
      for (const [key, value] of catalogs[locale]) {
        try {
          parse(String(value));
        } catch (error) {
          failures.push(`${locale} ${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("ask for the same ICU arguments, plurals, selects and tags in both languages", () => {
    const mismatches: string[] = [];
    for (const [key, es] of catalogs.es) {
      const en = catalogs.en.get(key);
      if (typeof es !== "string" || typeof en !== "string") continue;
      let esSignature: string[];
      let enSignature: string[];
      try {
        esSignature = [...signature(parse(es))].sort();
        enSignature = [...signature(parse(en))].sort();
      } catch {
        continue; // reported by the parse test
      }
      if (esSignature.join(",") !== enSignature.join(","))
        mismatches.push(`${key}: es {${esSignature.join(", ")}} en {${enSignature.join(", ")}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("catches a message whose languages disagree (the signature sees arguments and tags)", () => {
    const of = (message: string) => [...signature(parse(message))].sort();
    expect(of("{count, plural, one {# solicitante} other {# solicitantes}}")).toEqual(
      of("{count, plural, one {# applicant} other {# applicants}}"),
    );
    expect(of("Hola, {name}")).not.toEqual(of("Hello, {nombre}"));
    expect(of("Datos al {date}")).not.toEqual(of("Data as of {date, date}"));
    expect(of("<strong>{n}</strong> filas")).not.toEqual(of("{n} rows"));
    expect(of("{kind, select, jobs {empleos} other {solicitantes}}")).not.toEqual(
      of("{kind, select, applicants {applicants} other {jobs}}"),
    );
  });
});
