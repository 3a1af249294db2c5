import { describe, expect, it } from "vitest";
import errors from "./fixtures/errors.json";
import { errorFromResponse } from "./error-from-response";
import { BelvoError, domainCodeFor } from "./errors";
import { toDecimalText } from "./decimal";
import { redactPersonalData } from "./redact";

describe("errorFromResponse", () => {
  it.each([
    [400, errors.nss_mismatch, "invalid_credentials"],
    [400, errors.curp_not_found, "invalid_credentials"],
    [403, errors.daily_limit, "daily_limit"],
    [404, errors.not_found, "not_found"],
    [401, errors.unauthorized, "unauthorized"],
    [408, errors.request_timeout, "timeout"],
    [400, errors.institution_down, "institution_unavailable"],
    [400, errors.institution_unavailable, "institution_unavailable"],
    [400, errors.institution_inactive, "institution_unavailable"],
    [500, errors.unexpected, "unexpected"],
    [400, errors.validation, "unexpected"],
    [429, null, "rate_limited"],
    [502, "<html>bad gateway</html>", "unexpected"],
  ] as const)("%i %j → %s", (status, body, code) => {
    expect(errorFromResponse({ status, body }).code).toBe(code);
  });

  it("keeps status, Belvo's code, request id and field", () => {
    const error = errorFromResponse({ status: 400, body: errors.validation });
    expect(error).toBeInstanceOf(BelvoError);
    expect(error).toMatchObject({
      status: 400,
      belvoCode: "required",
      requestId: "a6e1c493d7a29d91aed4338e6fcf077d",
      field: "link",
    });
    expect(error.details).toEqual([
      { code: "required", message: "This field is required.", field: "link" },
    ]);
    expect(error.institutionMessage).toBeUndefined();
  });

  it("keeps IMSS's Spanish message as the institution message", () => {
    expect(errorFromResponse({ status: 403, body: errors.daily_limit }).institutionMessage).toBe(
      "Has agotado el número de solicitudes permitidas por día.",
    );
  });

  it("never carries a CURP, NSS or email in its messages", () => {
    const error = errorFromResponse({ status: 400, body: errors.echoing_personal_data });
    const text = `${error.message} ${error.institutionMessage} ${JSON.stringify(error.details)}`;
    expect(text).not.toMatch(/BLPM951331IONVGR54|10277663582|bruce\.banner/);
    expect(error.institutionMessage).toBe("CURP [CURP] con NSS [NSS] y correo [email] no coincide");
  });

  it("prefers Belvo's code to the status", () => {
    expect(domainCodeFor(400, "forbidden_by_host")).toBe("daily_limit");
    expect(domainCodeFor(403, null)).toBe("unexpected");
    expect(domainCodeFor(null, null)).toBe("unexpected");
  });
});

describe("toDecimalText", () => {
  it.each([
    [762.54, "762.54"],
    [700.5, "700.50"],
    [18000, "18000.00"],
    [1033.09, "1033.09"],
    [0.1 + 0.2, "0.30000000000000004"],
    ["1234.5", "1234.50"],
    [1e-7, "0.0000001"],
  ] as const)("%s → %s", (input, text) => {
    expect(toDecimalText(input)).toBe(text);
  });

  it("rejects what is not an amount", () => {
    expect(() => toDecimalText(Number.NaN)).toThrow(RangeError);
    expect(() => toDecimalText("12,50")).toThrow(RangeError);
  });
});

describe("redactPersonalData", () => {
  it("leaves ordinary text alone", () => {
    expect(redactPersonalData("El NSS capturado no coincide con la CURP")).toBe(
      "El NSS capturado no coincide con la CURP",
    );
  });
});
