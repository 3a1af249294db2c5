"use client";

import dynamic from "next/dynamic";

// Recharts is most of this page's JavaScript and draws nothing on the server (it measures its
// container first), so it loads after the page is interactive; the box keeps its height meanwhile.
export const LazySalaryChart = dynamic(
  () => import("./salary-chart").then((module) => module.SalaryChart),
  {
    ssr: false,
    loading: () => <div className="h-[340px] animate-pulse rounded-md bg-slate-50" />,
  },
);
