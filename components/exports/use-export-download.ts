"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiFetch } from "@/lib/http/browser/api-fetch";

export type DownloadState =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "running" | "complete"; total: number; applicants: number; rows: number }
  | { phase: "failed"; reason: string | null }
  | { phase: "cancelled" | "lost" };

type Progress = {
  total: number;
  applicants: number;
  rows: number;
  status: "running" | "complete" | "cancelled" | "failed";
  error: string | null;
};

const POLL_MS = 400;
// How long a download may take to reach the server before the page stops waiting for it.
const START_TIMEOUT_MS = 20_000;

/** A v4 UUID also where `crypto.randomUUID` is missing (plain http on a LAN address). */
function progressId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Starts a CSV download the browser handles natively (it begins at once and streams to disk),
 * then follows its progress on the server until it ends.
 */
export function useExportDownload() {
  const router = useRouter();
  const [state, setState] = useState<DownloadState>({ phase: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const start = useCallback(
    (hrefFor: (progressId: string) => string) => {
      if (timer.current) clearTimeout(timer.current);
      const id = progressId();
      const link = document.createElement("a");
      link.href = hrefFor(id);
      link.download = "";
      link.click();
      setState({ phase: "starting" });
      const startedAt = Date.now();
      const poll = async () => {
        // Until the download reaches the server its progress is unknown: any failure means "wait".
        const result = await apiFetch<Progress>(`/api/exports/progress/${id}`, { fallback: "" });
        if (result.ok) {
          const body = result.data;
          const counts = { total: body.total, applicants: body.applicants, rows: body.rows };
          if (body.status === "running") setState({ phase: "running", ...counts });
          else if (body.status === "complete") setState({ phase: "complete", ...counts });
          else if (body.status === "failed") setState({ phase: "failed", reason: body.error });
          else setState({ phase: body.status });
          if (body.status !== "running") return router.refresh();
        } else if (Date.now() - startedAt > START_TIMEOUT_MS) {
          return setState({ phase: "lost" });
        }
        timer.current = setTimeout(poll, POLL_MS);
      };
      timer.current = setTimeout(poll, POLL_MS / 2);
    },
    [router],
  );

  return { state, start };
}
