/** Single pull or recurrent access (Belvo refreshes recurrent links weekly). */
export function AccessModeField() {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">Access</legend>
      <div className="mt-2 flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name="accessMode" value="SINGLE" defaultChecked /> Single pull
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="accessMode" value="RECURRENT" /> Recurrent (Belvo refreshes
          weekly)
        </label>
      </div>
    </fieldset>
  );
}
