/** The columns of a table of movements: the chart's text alternative and the full list. */
export function MovementTableHead() {
  return (
    <thead className="text-left text-slate-500">
      <tr>
        <th scope="col" className="py-1 pr-3">
          Date
        </th>
        <th scope="col" className="py-1 pr-3">
          Employer
        </th>
        <th scope="col" className="py-1 pr-3">
          Event
        </th>
        <th scope="col" className="py-1 text-right">
          Daily salary
        </th>
      </tr>
    </thead>
  );
}
