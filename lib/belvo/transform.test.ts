import { describe, expect, it } from "vitest";
import imss from "./fixtures/employment-record-imss.json";
import issste from "./fixtures/employment-record-issste.json";
import linkSandbox from "./fixtures/link-sandbox.json";
import linkV135 from "./fixtures/link-v135.json";
import planet from "./fixtures/institution-planet.json";
import metric from "./fixtures/employment-metric.json";
import currentEmployment from "./fixtures/current-employment.json";
import { BelvoError } from "./errors";
import { employmentRecordSchema } from "./schemas/employment-record";
import { linkSchema } from "./schemas/link";
import { institutionSchema } from "./schemas/institution";
import { employmentMetricSchema } from "./schemas/employment-metric";
import { currentEmploymentSchema } from "./schemas/current-employment";
import { transformEmploymentRecord } from "./transform/employment-record";
import { transformLink } from "./transform/link";
import { transformInstitution } from "./transform/institution";
import { transformEmploymentMetric } from "./transform/employment-metric";
import { transformCurrentEmployment } from "./transform/current-employment";
import { parseBelvo } from "./validate";

const clone = <T>(value: T): T => structuredClone(value);
const record = (raw: unknown) => transformEmploymentRecord(parseBelvo(employmentRecordSchema, raw));

function failure(run: () => unknown): BelvoError {
  try {
    run();
  } catch (error) {
    if (error instanceof BelvoError) return error;
    throw error;
  }
  throw new Error("expected a BelvoError");
}

describe("employment record transform", () => {
  it("maps an IMSS record to our snapshot, money as decimal text", () => {
    const snapshot = record(imss);
    expect(snapshot.id).toBe("fef05fc8-7357-4a4a-9d29-55038ea31a04");
    expect(snapshot.linkId).toBe("27c1d5cf-e8fb-433a-a2f7-d246de199c01");
    expect(snapshot.personalData).toEqual({
      officialName: "Bruce Banner del Torro",
      firstName: "Bruce",
      lastName: "Banner del Torro",
      birthDate: "2022-02-09",
      email: "bruce.banner@avengers.com",
      entitlementStatus: "EMPLOYED",
      entitledToHealthInsurance: true,
      entitledToCompanyBenefits: true,
      entitlementValidUntil: null,
      documents: { curp: "BLPM951331IONVGR54", nss: "10277663582", rfc: "BLPM951331AB1" },
    });
    expect(snapshot.socialSecuritySummary).toEqual({
      weeksContributed: 188,
      weeksRedeemed: 0,
      weeksReinstated: 0,
    });
    const [first, second] = snapshot.jobs;
    expect(first).toMatchObject({
      employer: "Batman Enterprises CDMX",
      employerId: "780-BAT-88769-CDMX",
      state: "DISTRITO FEDERAL",
      startDate: "2019-10-10",
      endDate: "2019-12-31",
      weeksEmployed: 12,
      mostRecentDailySalary: "762.54",
      monthlySalary: "23181.22",
      currency: "MXN",
    });
    // Sorted oldest first, and 700.5 keeps its value as text with two decimals.
    expect(first?.movements).toEqual([
      { event: "HIRED", dailySalary: "700.50", date: "2019-10-10" },
      { event: "SALARY_MODIFICATION", dailySalary: "762.54", date: "2019-11-01" },
      { event: "DISMISSED_RESIGNED", dailySalary: "762.54", date: "2019-12-31" },
    ]);
    expect(second?.endDate).toBeNull();
    expect(snapshot.scores).toEqual([
      { period: 3, score: 752, version: "1.0" },
      { period: 6, score: 748, version: "1.0" },
      { period: 12, score: 760, version: "1.0" },
    ]);
    expect(snapshot.files).toEqual([
      { title: "ReporteSemanasCotizadas_190123", content: "=PDF_BINARY=" },
    ]);
  });

  it("maps an ISSSTE record: no summary, no scores, joined employer, CURP from internal_identification", () => {
    const snapshot = record(issste);
    expect(snapshot.socialSecuritySummary).toBeNull();
    expect(snapshot.scores).toBeNull();
    expect(snapshot.personalData.documents).toEqual({
      curp: "GOMR800101MDFNRS09",
      nss: null,
      rfc: null,
    });
    expect(snapshot.jobs[0]).toMatchObject({
      employer: "SECRETARIA DE EDUCACION PUBLICA (SEP);SECRETARIA DE EDUCACION PUBLICA (SEP)",
      employerId: null,
      state: null,
      mostRecentDailySalary: "600.00",
      monthlySalary: "18000.00",
      movements: [{ event: "NORMAL", dailySalary: "600.00", date: "2010-09-01" }],
    });
  });

  it("tolerates unknown fields and unknown enum values", () => {
    const raw = clone(imss) as Record<string, unknown> & typeof imss;
    raw.brand_new_field = { nested: true };
    (raw.employment_records[0] as Record<string, unknown>).extra = 1;
    raw.employment_records[0]!.employment_status_updates[0]!.event = "SOMETHING_NEW";
    const snapshot = record(raw);
    expect(snapshot).not.toHaveProperty("brand_new_field");
    expect(snapshot.jobs[0]).not.toHaveProperty("extra");
    expect(snapshot.jobs[0]?.movements.map((m) => m.event)).toContain("SOMETHING_NEW");
  });

  it("reads absent optional fields (older API versions) as null", () => {
    const raw = clone(imss) as Partial<typeof imss>;
    delete raw.employment_scores;
    delete raw.files;
    delete raw.report_date;
    const snapshot = record(raw);
    expect(snapshot.scores).toBeNull();
    expect(snapshot.files).toEqual([]);
    expect(snapshot.reportDate).toBeNull();
  });

  it("names a missing required field without echoing any value", () => {
    const raw = clone(imss);
    delete (raw.employment_records[0] as Partial<(typeof raw.employment_records)[0]>).start_date;
    const error = failure(() => record(raw));
    expect(error.code).toBe("unexpected");
    expect(error.message).toBe("Belvo response is missing employment_records[0].start_date");
    expect(error.field).toBe("employment_records[0].start_date");
  });

  it("names a field of the wrong type", () => {
    const raw = clone(imss) as unknown as { employment_records: { weeks_employed: unknown }[] };
    raw.employment_records[0]!.weeks_employed = "doce";
    const error = failure(() => record(raw));
    expect(error.message).toBe(
      "Belvo response has an invalid employment_records[0].weeks_employed (expected number)",
    );
    expect(error.message).not.toContain("doce");
  });

  it("rejects a body that is not an object", () => {
    expect(failure(() => record("<html>")).message).toBe(
      "Belvo response body is invalid (expected object)",
    );
  });
});

describe("link transform", () => {
  it("maps Belvo's sandbox example", () => {
    expect(transformLink(parseBelvo(linkSchema, linkSandbox))).toEqual({
      id: "74c01cb4-edf1-44d6-8876-b1dc2aebcb14",
      institution: "planet_mx_employment",
      accessMode: "single",
      status: "valid",
      refreshRate: null,
      createdBy: "6e9be884-4781-4143-b673-aca02475ee8c",
      createdAt: "2024-06-26T16:25:54.334413Z",
      lastAccessedAt: "2024-06-26T16:25:54.344113Z",
      externalId: "COHORT_32",
      institutionUserId: "BidIxnZkKvQx0_F0oSYVx6Jnsh4Zmoat2ot2iOoG018=",
      credentialsStorage: "365d",
      staleIn: null,
      fetchResources: ["EMPLOYMENT_RECORDS", "OWNERS"],
    });
  });

  it("accepts a v1.35 link without the newer fields", () => {
    const link = transformLink(parseBelvo(linkSchema, linkV135));
    expect(link).toMatchObject({
      accessMode: "recurrent",
      refreshRate: "7d",
      credentialsStorage: null,
      fetchResources: [],
    });
  });

  it("names a missing id", () => {
    const raw: Partial<typeof linkSandbox> = clone(linkSandbox);
    delete raw.id;
    expect(failure(() => parseBelvo(linkSchema, raw)).message).toBe("Belvo response is missing id");
  });
});

describe("institution transform", () => {
  it("maps the observed sandbox institution, ignoring fields outside the spec", () => {
    const institution = transformInstitution(parseBelvo(institutionSchema, planet));
    expect(institution).toMatchObject({
      id: 9454,
      name: "planet_mx_employment",
      displayName: "Planet Express Employment",
      type: "employment",
      status: "healthy",
    });
    expect(institution.formFields[0]).toMatchObject({
      name: "username",
      label: "CURP",
      validationMessage: "La CURP tiene que ser de 18 caracteres y mayúsculas",
    });
    expect(institution.formFields[1]).toMatchObject({
      name: "password",
      type: "hidden",
      value: "fake-password",
    });
    expect(institution).not.toHaveProperty("code");
  });
});

describe("employment metric transform", () => {
  it("groups windows and keeps salaries as text", () => {
    const metrics = transformEmploymentMetric(parseBelvo(employmentMetricSchema, metric));
    expect(metrics.lastDailySalary).toBe("1033.09");
    expect(metrics.salaryIncreases).toEqual({
      lastJob: 0,
      afterChange: 1,
      overall: 2,
      "1y": 1,
      "3y": 2,
      "5y": null,
    });
    expect(metrics.yearlyChange).toEqual({ "1y": 0.35, "3y": 0.12, "5y": null });
    expect(metrics.monthlySalary["3y"]).toEqual({
      min: "18000.00",
      average: "24000.10",
      max: "31405.94",
    });
    expect(metrics.monthlySalary["5y"]).toEqual({ min: null, average: null, max: null });
  });

  it("needs only identity", () => {
    const metrics = transformEmploymentMetric(
      parseBelvo(employmentMetricSchema, { id: "m1", link: "l1" }),
    );
    expect(metrics.age).toBeNull();
  });
});

describe("current employment transform (provisional names)", () => {
  it("maps the emulator's documented shape", () => {
    const snapshot = transformCurrentEmployment(
      parseBelvo(currentEmploymentSchema, currentEmployment),
    );
    expect(snapshot).toMatchObject({
      month: "2024-06",
      status: "EMPLOYED",
      documents: { curp: "BLPM230130IONVGR54", nss: "10277663582", rfc: "BLPM950331AB1" },
    });
    expect(snapshot.employers[0]).toMatchObject({
      name: "Constructora Peñasco y Asociados",
      dailySalary: "1033.09",
      daysEmployed: 1626,
    });
  });

  it("accepts an unemployed person with only Belvo's confirmed fields", () => {
    const snapshot = transformCurrentEmployment(
      parseBelvo(currentEmploymentSchema, {
        id: "c1",
        link: null,
        created_at: "2024-06-26T00:00:00Z",
        collected_at: "2024-06-26T00:00:00Z",
        month: null,
        internal_identification: null,
        personal_data: { official_name: null },
      }),
    );
    expect(snapshot.employers).toEqual([]);
    expect(snapshot.status).toBeNull();
  });
});
