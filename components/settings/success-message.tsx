/** A form's success, announced politely to screen readers; renders nothing without a message. */
export function SuccessMessage({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <p
      role="status"
      className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
      data-testid={testId}
    >
      {message}
    </p>
  );
}
