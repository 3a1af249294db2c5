import { expect } from "vitest";
import {
  monthlyFromDaily,
  nearestMinimumWageOn,
  nearestSbcCapOn,
} from "../../../lib/metrics/reference-values";
import { CURP_STATES } from "../data/curp";
import { mergedSpans } from "../data/career-view";
import { weeksInSpan, daysBetween } from "../data/dates";
import type { EmploymentRecordBody } from "../data/employment-record";
import { WORK_STATES } from "../data/employers";
import { isValidNss, isValidRfc } from "../data/identifiers";

const IMSS_EVENTS = [
  "HIRED",
  "DISMISSED_RESIGNED",
  "SALARY_MODIFICATION",
  "VOLUNTARY_CONTRIBUTION",
  "ABSENCE",
  "SICK_LEAVE",
];
const ISSSTE_EVENTS = ["NORMAL", "BDUTA_CERTIFICATE", "DYE_CERTIFICATE"];
const STATES = new Set<string>([...WORK_STATES, ...Object.values(CURP_STATES)]);

/** Every internal-consistency rule an underwriter relies on, for one employment record. */
export function expectConsistentRecord(record: EmploymentRecordBody, issste: boolean): void {
  const today = record.report_date;
  const curp = record.internal_identification;
  const ids = Object.fromEntries(
    record.personal_data.document_ids.map((doc) => [doc.document_type, doc.document_number]),
  );
  expect(ids.CURP).toBe(curp);
  expect(isValidRfc(ids.RFC ?? ""), `RFC ${ids.RFC}`).toBe(true);
  expect(ids.RFC?.slice(0, 10)).toBe(curp.slice(0, 10));
  if (record.personal_data.birth_date)
    expect(record.personal_data.birth_date.slice(2).replace(/-/g, "")).toBe(curp.slice(4, 10));
  if (issste) {
    expect(ids.NSS).toBeUndefined();
    expect(record.social_security_summary).toBeNull();
    expect(record.employment_scores).toBeNull();
  } else {
    expect(isValidNss(ids.NSS ?? ""), `NSS ${ids.NSS}`).toBe(true);
    expect(record.employment_scores?.map((score) => score.period)).toEqual([3, 6, 12]);
    for (const score of record.employment_scores ?? []) {
      if (record.employment_records.length > 0) expect(score.score).toBeGreaterThanOrEqual(300);
      if (score.score !== null) expect(score.score).toBeLessThanOrEqual(900);
      expect(score.version).toBeTruthy();
    }
    const spans = mergedSpans(
      record.employment_records.map((job) => ({ start: job.start_date, end: job.end_date })),
      today,
    );
    const days = spans.reduce((sum, [from, to]) => sum + daysBetween(from, to) + 1, 0);
    expect(record.social_security_summary?.weeks_contributed).toBe(Math.floor(days / 7));
  }
  for (const job of record.employment_records) {
    const where = `${curp} ${job.employer} ${job.start_date}`;
    const events = job.employment_status_updates;
    expect(events.length, where).toBeGreaterThan(0);
    expect(job.start_date <= today, where).toBe(true);
    if (job.end_date !== null)
      expect(job.start_date <= job.end_date && job.end_date <= today, where).toBe(true);
    expect(job.weeks_employed, where).toBe(weeksInSpan(job.start_date, job.end_date ?? today));
    expect(job.currency).toBe("MXN");
    const dates = events.map((event) => event.update_date);
    expect(dates, where).toEqual([...dates].sort());
    expect(dates[0], where).toBe(job.start_date);
    expect(
      dates.every((date) => date >= job.start_date && date <= (job.end_date ?? today)),
      where,
    ).toBe(true);
    for (const event of events) {
      expect(issste ? ISSSTE_EVENTS : IMSS_EVENTS, where).toContain(event.event);
      expect(event.base_salary, `${where} ${event.update_date}`).toBeGreaterThanOrEqual(
        nearestMinimumWageOn(event.update_date),
      );
      expect(event.base_salary, `${where} ${event.update_date}`).toBeLessThanOrEqual(
        nearestSbcCapOn(event.update_date),
      );
    }
    expect(job.most_recent_base_salary, where).toBe(events[events.length - 1]?.base_salary);
    if (issste) {
      expect(job.employer).toMatch(/^[^;]+;[^;]+$/);
      expect(job.employer_id).toBeNull();
      expect(job.state).toBeNull();
      expect(job.monthly_salary).toBe(Math.round(job.most_recent_base_salary * 30 * 100) / 100);
    } else {
      expect(events[0]?.event, where).toBe("HIRED");
      expect(events.filter((event) => event.event === "HIRED")).toHaveLength(1);
      const dismissals = events.filter((event) => event.event === "DISMISSED_RESIGNED");
      if (job.end_date === null) expect(dismissals, where).toHaveLength(0);
      else
        expect(events[events.length - 1], where).toMatchObject({
          event: "DISMISSED_RESIGNED",
          update_date: job.end_date,
        });
      expect(job.employer_id, where).toMatch(/^[A-Z]\d{10}$/);
      expect(STATES.has(job.state ?? ""), `${where} ${job.state}`).toBe(true);
      expect(job.monthly_salary).toBe(monthlyFromDaily(job.most_recent_base_salary));
    }
  }
}
