import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect } from "@playwright/test";
import { demoUser } from "../../fixtures";
import type { Journey } from "../types";
import { signInAs } from "./actions";

export const exportJourney: Journey = {
  name: "export",
  title: "Team lead export",
  summary:
    "A team lead filters the queue, exports exactly those applicants as a CSV that opens cleanly in Excel, adds their employment histories, and reads the export log.",
  async run({ page, step }) {
    await signInAs(page, "TEAM_LEAD");
    const rows = page.getByTestId("queue-row");
    await page.getByTestId("queue-filter-institution").click();
    await page.getByRole("checkbox", { name: "IMSS" }).check();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/institution=IMSS/);
    await expect(rows.filter({ hasText: "ISSSTE" })).toHaveCount(0);
    const shown = await rows.count();
    await step(
      "Filter the queue",
      `${demoUser("TEAM_LEAD").name}, a team lead, narrows the queue to IMSS applicants for this week's report.`,
      { highlight: page.getByTestId("queue-table") },
    );

    await page.getByTestId("export-queue").click();
    await expect(page.getByTestId("export-total")).toHaveText(`${shown} applicants`);
    await page.getByTestId("export-column-curp").check();
    await step(
      "Choose the columns",
      "The export covers exactly what the queue shows, every page of it, in the same order. The queue's visible columns are ticked; a team lead may add the CURP in clear (underwriters get it masked).",
      { highlight: page.getByTestId("export-columns") },
    );

    const download = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    const file = await download;
    await expect(page.getByTestId("export-progress")).toHaveAttribute("data-phase", "complete");
    const csv = parse(await readFile(await file.path()), { bom: true }) as string[][];
    expect(csv.length - 1).toBe(shown);
    // The page refreshes its log once the file is complete; the still waits for that too.
    const logged = page.getByTestId("export-log-row");
    await expect(logged).toHaveCount(1);
    await step(
      "Download",
      "The file streams as it is written, so the download starts at once and the page follows its progress. UTF-8 with a byte-order mark keeps Núñez and Peña intact in Excel; dates are ISO and amounts plain decimals.",
      { highlight: page.getByTestId("export-progress") },
    );

    await page.getByTestId("export-kind-jobs").check();
    const histories = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    await histories;
    await expect(page.getByTestId("export-status")).toContainText(`from ${shown} applicants`);
    await expect(logged).toHaveCount(2);
    await step(
      "Employment histories",
      "The same applicants again, one row per job: employer, registro patronal, state, start, end, weeks and salary.",
      { highlight: page.getByTestId("export-status") },
    );

    const log = page.getByTestId("export-log");
    await step(
      "The export log",
      "Every export is logged: who, when, which kind, the filters and the row count. Team leads see everyone's exports.",
      { highlight: log },
    );
  },
};
