import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import type { ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/** Belvo's employment OpenAPI, kept in the repo (pass another path to the constructor to override). */
export const OPENAPI_PATH = path.resolve(
  import.meta.dirname,
  "../../../lib/belvo/spec/openapi-employment.json",
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * OpenAPI 3.0 `nullable: true` is not JSON Schema: rewrite it as `anyOf [schema, {type: null}]`
 * (this also covers `$ref` and `allOf` siblings, which Ajv's own `nullable` cannot).
 */
function convert(node: Json): Json {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node))
    if (key !== "nullable") out[key] = convert(value);
  return node.nullable === true ? { anyOf: [out, { type: "null" }] } : out;
}

/**
 * Known, documented departures from the v1.35 spec that Belvo's newer docs contradict:
 * `files[].value` is null in Belvo's sandbox (reference §3.2), but v1.35 types it as a string.
 */
function patch(spec: { [key: string]: Json }): void {
  const schemas = (
    spec.components as { schemas: { [key: string]: { properties: { [key: string]: Json } } } }
  ).schemas;
  const file = schemas.EmploymentRecordFile;
  if (file) file.properties.value = { type: "string", nullable: true };
}

export type OpenApiResult = { checked: boolean; valid: boolean; errors: string[] };

export class OpenApiValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  private readonly paths: string[];
  private readonly cache = new Map<string, ValidateFunction | null>();
  private readonly spec: {
    paths: Record<
      string,
      Record<
        string,
        { responses?: Record<string, { content?: Record<string, { schema?: Json }> }> }
      >
    >;
  };

  constructor(file = OPENAPI_PATH) {
    addFormats(this.ajv);
    const raw = JSON.parse(readFileSync(file, "utf8")) as { [key: string]: Json };
    patch(raw);
    this.spec = convert(raw) as unknown as OpenApiValidator["spec"];
    this.ajv.addSchema(this.spec as object, "belvo");
    this.paths = Object.keys(this.spec.paths);
  }

  /** The spec path template matching a concrete path (`/api/links/123/` → `/api/links/{id}/`). */
  template(pathname: string): string | null {
    const parts = pathname.split("/");
    return (
      this.paths.find((candidate) => {
        const want = candidate.split("/");
        return (
          want.length === parts.length &&
          want.every((segment, i) => segment.startsWith("{") || segment === parts[i])
        );
      }) ?? null
    );
  }

  /** Validates a response body against the spec; `checked` is false when the spec has no schema for it. */
  validate(method: string, url: string, status: number, body: unknown): OpenApiResult {
    const template = this.template(new URL(url, "http://x").pathname);
    if (!template) return { checked: false, valid: true, errors: [] };
    const key = `${template}|${method.toLowerCase()}|${status}`;
    if (!this.cache.has(key)) {
      const schema =
        this.spec.paths[template]?.[method.toLowerCase()]?.responses?.[String(status)]?.content?.[
          "application/json"
        ]?.schema;
      const pointer = `belvo#/paths/${template.replace(/~/g, "~0").replace(/\//g, "~1")}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
      this.cache.set(key, schema ? this.ajv.compile({ $ref: pointer }) : null);
    }
    const validator = this.cache.get(key);
    if (!validator) return { checked: false, valid: true, errors: [] };
    const valid = validator(body);
    return {
      checked: true,
      valid,
      errors: (validator.errors ?? []).map(
        (error) => `${error.instancePath || "/"} ${error.message ?? ""}`,
      ),
    };
  }
}

let shared: OpenApiValidator | undefined;

/** Throws with every schema error when a response does not match Belvo's spec. */
export function assertMatchesOpenApi(
  method: string,
  url: string,
  status: number,
  body: unknown,
): OpenApiResult {
  shared ??= new OpenApiValidator();
  const result = shared.validate(method, url, status, body);
  if (!result.valid)
    throw new Error(
      `${method} ${url} ${status} does not match Belvo's OpenAPI: ${result.errors.join("; ")}`,
    );
  return result;
}
