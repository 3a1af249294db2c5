"use client";

type Option<T extends string> = { value: T; label: string };

type Props<T extends string> = {
  name: string;
  label: string;
  allLabel: string;
  options: readonly Option<T>[];
  /** More options under a heading each (e.g. people, after "me" and "unassigned"). */
  groups?: readonly { label: string; options: readonly Option<T>[] }[];
  value: T | undefined;
  onChange: (next: T | undefined) => void;
};

/** A one-choice filter: a native select, labelled, so it works with any keyboard or reader. */
export function SelectFilter<T extends string>(props: Props<T>) {
  const { name, label, allLabel, options, groups = [], value, onChange } = props;
  const every = [...options, ...groups.flatMap((group) => group.options)];
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-700">
      <span className="sr-only">{label}</span>
      <select
        data-testid={`queue-filter-${name}`}
        className="h-9 max-w-36 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        value={value ?? ""}
        onChange={(event) => {
          const next = every.find((option) => option.value === event.target.value);
          onChange(next?.value);
        }}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) =>
          group.options.length ? (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ) : null,
        )}
      </select>
    </label>
  );
}
