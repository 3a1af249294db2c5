/**
 * A notice's text as its author wrote it (line breaks kept), in a box that scrolls when long; the
 * box is a named region that takes focus, so a keyboard can scroll it too.
 */
export function NoticeText({
  text,
  label,
  testId,
}: {
  text: string;
  label: string;
  testId?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="max-h-64 overflow-y-auto whitespace-pre-line rounded text-sm leading-relaxed text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-600"
      data-testid={testId}
    >
      {text}
    </div>
  );
}
