import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, type Download } from "@playwright/test";
import { demoUser } from "../../fixtures";
import type { Journey } from "../types";
import { signInAs } from "./actions";

const dataRows = async (download: Download) =>
  (parse(await readFile(await download.path()), { bom: true }) as string[][]).length - 1;

export const exportJourney: Journey<"export"> = {
  name: "export",
  async run({ page, step, language, ui }) {
    await signInAs(page, "TEAM_LEAD", language);
    const rows = page.getByTestId("queue-row");
    await page.getByTestId("queue-filter-institution").click();
    await page.getByRole("checkbox", { name: "IMSS" }).check();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/institution=IMSS/);
    await expect(rows.filter({ hasText: "ISSSTE" })).toHaveCount(0);
    const shown = await rows.count();
    await step("filter", {
      values: { name: demoUser("TEAM_LEAD").name },
      highlight: page.getByTestId("queue-table"),
    });

    await page.getByTestId("export-queue").click();
    // "12 applicants" match the queue's filters: the words of the message's <total> part.
    const matches = ui.markup("exports.scope.matches", {
      count: shown,
      total: (chunks) => `[${chunks}]`,
      link: (chunks) => chunks,
    });
    await expect(page.getByTestId("export-total")).toHaveText(/\[(.*?)\]/.exec(matches)![1]!);
    await page.getByTestId("export-column-curp").check();
    // CURP in clear asks why; the log keeps the reason.
    await page
      .getByTestId("export-reason")
      .fill(
        language === "es"
          ? "Reporte mensual para el buró de crédito"
          : "Monthly report for the credit bureau",
      );
    await step("columns", { highlight: page.getByTestId("export-columns") });

    const download = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    const file = await download;
    await expect(page.getByTestId("export-progress")).toHaveAttribute("data-phase", "complete");
    expect(await dataRows(file)).toBe(shown);
    // The page refreshes its log once the file is complete; the still waits for that too.
    const logged = page.getByTestId("export-log-row");
    await expect(logged).toHaveCount(1);
    await step("download", { highlight: page.getByTestId("export-progress") });

    await page.getByTestId("export-kind-jobs").check();
    const histories = page.waitForEvent("download");
    await page.getByTestId("export-download").click();
    const jobs = await dataRows(await histories);
    // One row per job, from every applicant the queue showed.
    await expect(page.getByTestId("export-status")).toHaveText(
      ui("exports.progress.complete", { rows: jobs, total: shown }),
    );
    await expect(logged).toHaveCount(2);
    await step("histories", { highlight: page.getByTestId("export-status") });

    await step("log", { highlight: page.getByTestId("export-log") });
  },
};
