import { get } from "node:http";
import { PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";

/** Connects an applicant as the new-applicant form does; resolves with their id. */
export async function connectApplicant(
  baseUrl: string,
  cookie: string,
  applicant: { name: string; curp: string; reference: string },
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/applicants`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({
      ...applicant,
      institution: "IMSS",
      accessMode: "SINGLE",
      consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST /api/applicants: HTTP ${response.status} ${text}`);
  const events = text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; applicantId?: string });
  const done = events.find((event) => event.type === "done");
  if (!done?.applicantId)
    throw new Error(`connect did not finish: ${JSON.stringify(events.at(-1))}`);
  return done.applicantId;
}

export interface ExportProgress {
  total: number;
  applicants: number;
  rows: number;
  status: "running" | "complete" | "cancelled" | "failed";
  error: string | null;
}

/** The exports page's poll; null while the replica knows nothing of this export (404). */
export async function readExportProgress(
  baseUrl: string,
  cookie: string,
  progressId: string,
): Promise<ExportProgress | null> {
  const response = await fetch(`${baseUrl}/api/exports/progress/${progressId}`, {
    headers: { cookie },
  });
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) throw new Error(`progress poll: HTTP ${response.status}`);
  return (await response.json()) as ExportProgress;
}

/** Posts one Belvo webhook body as Belvo would; resolves with the app's `status` answer. */
export async function postWebhook(
  baseUrl: string,
  authorization: string,
  body: string,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/webhooks/belvo`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body,
  });
  const answer = (await response.json().catch(() => ({}))) as { status?: string };
  if (!response.ok) throw new Error(`webhook: HTTP ${response.status}`);
  return String(answer.status);
}

export interface Download {
  status: number;
  /** Resumes reading and resolves with the number of lines in the whole file. */
  finish(): Promise<number>;
}

/**
 * Starts a download and stops reading after its first bytes, as a slow client would: with the
 * socket paused the server can only run as far ahead as the connection's buffers allow. (fetch
 * would keep reading into memory, letting the server finish at its own pace.)
 */
export function startPausedDownload(url: string, cookie: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { cookie } }, (response) => {
      let lines = 0;
      const ended = new Promise<number>((done, failed) => {
        response.on("data", (chunk: Buffer) => {
          for (const byte of chunk) if (byte === 10) lines += 1;
        });
        response.once("end", () => done(lines));
        response.once("error", failed);
      });
      response.once("data", () => {
        response.pause();
        resolve({
          status: response.statusCode ?? 0,
          finish: () => (response.resume(), ended),
        });
      });
    });
    request.once("error", reject);
  });
}
