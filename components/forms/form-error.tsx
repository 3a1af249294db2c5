/** A form's failure, announced to screen readers; renders nothing without a message. */
export function FormError({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
      data-testid={testId}
    >
      {message}
    </p>
  );
}
