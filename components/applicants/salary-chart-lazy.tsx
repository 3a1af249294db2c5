"use client";

import { useEffect, useState, type ComponentProps } from "react";
import type { SalaryChart as Chart } from "./salary-chart";

// Recharts is most of this page's JavaScript and draws nothing on the server (it measures its
// container first), so it loads after the page is interactive; the box keeps its height meanwhile.
// A plain import() in an effect rather than next/dynamic, whose loader would be the only reason
// its code is in the page's first load.
export function LazySalaryChart(props: ComponentProps<typeof Chart>) {
  const [SalaryChart, setSalaryChart] = useState<typeof Chart | null>(null);
  useEffect(() => {
    let mounted = true;
    void import("./salary-chart").then((module) => {
      if (mounted) setSalaryChart(() => module.SalaryChart);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return SalaryChart ? (
    <SalaryChart {...props} />
  ) : (
    <div className="h-[340px] animate-pulse rounded-md bg-slate-50" />
  );
}
