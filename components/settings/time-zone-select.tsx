import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { cn } from "@/components/ui/cn";
import type { TimeZoneChoices } from "@/lib/settings/time-zones";

type TimeZoneSelectProps = {
  label: string;
  name: string;
  choices: TimeZoneChoices;
  defaultValue: string;
  hint?: string;
  error?: string;
};

/** A native select of IANA zones: Mexico's in a group of their own, then every other zone. */
export function TimeZoneSelect({
  label,
  name,
  choices,
  defaultValue,
  hint,
  error,
}: TimeZoneSelectProps) {
  const t = useTranslations("settings.figures.timeZones");
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={!!error}
        aria-describedby={error ? `${name}-error` : hint ? `${name}-hint` : undefined}
        className={cn(inputClass, "bg-white")}
      >
        <optgroup label={t("mexico")}>
          {choices.mexico.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("others")}>
          {choices.others.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </optgroup>
      </select>
    </Field>
  );
}
