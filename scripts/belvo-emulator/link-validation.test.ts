import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;
type Page = { count: number; next: string | null; previous: string | null; results: Row[] };

const s = emulatorSuite({ pageSize: 2 });

describe("link creation validation", () => {
  it("validates like Belvo", async () => {
    const cases: [Row, number, Row[]][] = [
      [
        {},
        400,
        [
          { code: "required", field: "institution" },
          { code: "required", field: "username" },
        ],
      ],
      [
        { institution: "narnia_mx_retail", username: PERSONAS.stable.curp },
        400,
        [
          {
            code: "does_not_exist",
            field: "institution",
            message: "Object with name=narnia_mx_retail does not exist.",
          },
        ],
      ],
      [
        {
          institution: "imss_mx_employment",
          username: PERSONAS.stable.curp,
          access_mode: "forever",
        },
        400,
        [{ code: "invalid_choice", field: "access_mode" }],
      ],
      [
        { institution: "imss_mx_employment", username: PERSONAS.stable.curp, external_id: "ab" },
        400,
        [{ code: "min_length", field: "external_id" }],
      ],
      [
        {
          institution: "imss_mx_employment",
          username: PERSONAS.stable.curp,
          external_id: "juan@correo",
        },
        400,
        [{ code: "invalid", field: "external_id" }],
      ],
      [
        {
          institution: "imss_mx_employment",
          username: PERSONAS.stable.curp,
          access_mode: "recurrent",
          credentials_storage: "30d",
        },
        400,
        [
          {
            code: "invalid_credentials_storage",
            message: "Recurrent links must store the credentials",
          },
        ],
      ],
      [
        {
          institution: "issste_mx_employment",
          username: PERSONAS.issste.curp,
          fetch_resources: ["EMPLOYMENT_METRICS"],
        },
        400,
        [{ code: "invalid", field: "fetch_resources" }],
      ],
      [
        { institution: "imss_mx_employment", username: "ianm850314mdfbxr00" },
        400,
        [
          {
            code: "login_error",
            message: "Por favor, ingresa un CURP válido. Debe contener 18 caracteres",
          },
        ],
      ],
    ];
    for (const [body, status, items] of cases) {
      const reply = await s.call("POST", "/api/links/", body);
      expect(reply.status, JSON.stringify(body)).toBe(status);
      expect(reply.body).toEqual(
        items.map((item) =>
          expect.objectContaining({ ...item, request_id: expect.stringMatching(/^[a-f0-9]{32}$/) }),
        ),
      );
    }
    expect(((await s.call("GET", "/api/links/")).body as Page).count).toBe(0);
  });
});
