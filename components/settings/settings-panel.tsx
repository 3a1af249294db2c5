import type { ReactNode } from "react";

/** A titled part of a settings card, named for screen readers by its heading. */
export function SettingsPanel({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 px-5 py-4" data-testid={id}>
      <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {title}
      </h3>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      {children}
    </section>
  );
}
