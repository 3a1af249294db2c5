import { useTranslations } from "next-intl";

/** Single pull or recurrent access (Belvo refreshes recurrent links weekly). */
export function AccessModeField() {
  const t = useTranslations("connect.fields.accessMode");
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">{t("legend")}</legend>
      <div className="mt-2 flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name="accessMode" value="SINGLE" defaultChecked /> {t("SINGLE")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="accessMode" value="RECURRENT" /> {t("RECURRENT")}
        </label>
      </div>
    </fieldset>
  );
}
