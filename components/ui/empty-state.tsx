import type { ReactNode } from "react";

type EmptyStateProps = { title: string; children: ReactNode; testId?: string };

export function EmptyState({ title, children, testId }: EmptyStateProps) {
  return (
    <div
      data-testid={testId}
      className="flex flex-col items-center rounded-lg border border-dashed border-slate-300 bg-white px-6 py-16 text-center"
    >
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <div className="mt-2 max-w-md text-sm text-slate-600">{children}</div>
    </div>
  );
}
