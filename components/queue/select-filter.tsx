"use client";

type Props<T extends string> = {
  name: string;
  label: string;
  allLabel: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange: (next: T | undefined) => void;
};

/** A one-choice filter: a native select, labelled, so it works with any keyboard or reader. */
export function SelectFilter<T extends string>(props: Props<T>) {
  const { name, label, allLabel, options, value, onChange } = props;
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-700">
      <span className="sr-only">{label}</span>
      <select
        data-testid={`queue-filter-${name}`}
        className="h-9 max-w-36 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        value={value ?? ""}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.target.value);
          onChange(next?.value);
        }}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
