import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_JSON_BODY_BYTES, readJson } from "./read-json";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://cotiza.test/api/x", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

// Schemas that take any text: the refusal below is readJson's own, whatever the schema says.
const anyText = z.object({ note: z.string() });
const anything = z.unknown();

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("it should refuse"),
    (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      return error as AppError;
    },
  );

describe("readJson refuses what no schema should have to think of", () => {
  it("a NUL in any string: 400 naming the field", async () => {
    const error = await refusal(readJson(post(JSON.stringify({ note: "Ana\u0000" })), anyText));
    expect(error.status).toBe(400);
    expect(error.key).toBe("errors.request.fieldsNeedAttention");
    expect(error.details).toEqual({ fields: { note: "errors.validation.controlCharacters" } });
  });

  it("a lone surrogate in a nested value or in a key, with the JSON path as the field", async () => {
    const inList = await refusal(
      readJson(post('{"applicantIds":["ok","bad\\ud800"],"note":"x"}'), anything),
    );
    expect(inList.details?.fields).toEqual({
      "applicantIds.1": "errors.validation.controlCharacters",
    });
    const inKey = await refusal(readJson(post('{"data":{"k\\udc00":1}}'), anything));
    expect(inKey.details?.fields).toEqual({
      "data.k\uFFFD": "errors.validation.controlCharacters",
    });
    const nulKey = await refusal(readJson(post('{"\\u0000":1}'), anything));
    expect(nulKey.details?.fields).toEqual({ "\uFFFD": "errors.validation.controlCharacters" });
  });

  it("lets whole surrogate pairs, accents and ordinary control characters through", async () => {
    const text = "Núñez 😀\ttab\nline";
    expect(await readJson(post(JSON.stringify({ note: text })), anyText)).toEqual({ note: text });
  });

  it("a body nested deeper than 32 levels: 400 before parsing (20,000 levels, no stack overflow)", async () => {
    const deep = `{"note":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    const error = await refusal(readJson(post(deep), anything));
    expect([error.status, error.key]).toEqual([400, "errors.validation.tooDeep"]);
  });

  it("a body over 1 MiB: 413, by its declared length or as it streams", async () => {
    // Refused on the header alone, before a byte is read.
    const declared = await refusal(
      readJson(post("{}", { "content-length": String(MAX_JSON_BODY_BYTES + 1) }), anyText),
    );
    expect([declared.status, declared.code]).toEqual([413, "too_large"]);
    const big = JSON.stringify({ note: "x".repeat(MAX_JSON_BODY_BYTES) });
    const undeclared = await refusal(readJson(post(big), anyText));
    expect([undeclared.status, undeclared.code]).toEqual([413, "too_large"]);
    const encoded = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < encoded.length; at += 64 * 1024)
          controller.enqueue(encoded.slice(at, at + 64 * 1024));
        controller.close();
      },
    });
    const streamed = await refusal(readJson(post(stream), anyText));
    expect([streamed.status, streamed.code]).toEqual([413, "too_large"]);
  });

  it("still says when the body is not JSON", async () => {
    const error = await refusal(readJson(post("{nope"), anyText));
    expect(error.key).toBe("errors.request.bodyNotJson");
  });
});
