import { createColumnHelper } from "@tanstack/react-table";
import { DecisionStatusBadge } from "@/components/applicants/decision-status-badge";
import { LinkStatusBadge } from "@/components/applicants/link-status-badge";
import type { QueueRow } from "@/lib/queue/list";
import {
  ApplicantCell,
  DayCell,
  EmployerCell,
  FlagBadges,
  InstitutionCell,
  MoneyCell,
  Muted,
  NumberCell,
  SpanCell,
  UnassignedCell,
  WaitingCell,
} from "./queue-cells";
import { QueueColumnHeader, QueueColumnTitle } from "./queue-column-header";
import type { QueueFeatures } from "./queue-features";
import { SelectAllRows, SelectRow } from "./queue-selection";
import { WAITING_COLUMN } from "./queue-sorting";

const helper = createColumnHelper<QueueFeatures, QueueRow>();

// Column ids equal the URL's `sort` values where a column sorts; the database does the sorting.
// Headers and the column picker take their words from `queue.columnHeaders` / `queue.columnNames`.
export const queueColumns = helper.columns([
  helper.accessor("name", {
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ row }) => <ApplicantCell row={row.original} />,
    enableHiding: false,
  }),
  helper.accessor("decisionStatus", {
    header: () => <QueueColumnTitle id="decisionStatus" />,
    cell: ({ getValue }) => (
      <span className="whitespace-nowrap">
        <DecisionStatusBadge status={getValue()} />
      </span>
    ),
    enableSorting: false,
  }),
  // Sorted by the day the applicant was added (`sort=createdAt`), see queue-sorting.ts.
  helper.accessor("waitingDays", {
    id: WAITING_COLUMN,
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ getValue }) => <WaitingCell days={getValue()} />,
    meta: { align: "end" },
  }),
  helper.accessor("institution", {
    header: () => <QueueColumnTitle id="institution" />,
    cell: ({ getValue }) => <InstitutionCell value={getValue()} />,
    enableSorting: false,
  }),
  helper.accessor("linkStatus", {
    header: () => <QueueColumnTitle id="linkStatus" />,
    cell: ({ getValue }) => <LinkStatusBadge status={getValue()} />,
    enableSorting: false,
  }),
  helper.accessor("currentEmployer", {
    header: () => <QueueColumnTitle id="currentEmployer" />,
    cell: ({ row }) => <EmployerCell row={row.original} />,
    enableSorting: false,
  }),
  helper.accessor("monthlyIncome", {
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ getValue }) => {
      const value = getValue();
      return value === null ? <Muted>—</Muted> : <MoneyCell amount={value} />;
    },
    meta: { align: "end" },
  }),
  helper.accessor("tenureDays", {
    id: "tenure",
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ getValue }) => {
      const days = getValue();
      return days === null ? <Muted>—</Muted> : <SpanCell days={days} />;
    },
    meta: { align: "end" },
  }),
  helper.accessor("score12", {
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ getValue }) => {
      const score = getValue();
      return score === null ? <Muted>—</Muted> : <NumberCell value={score} />;
    },
    meta: { align: "end" },
  }),
  helper.accessor("flags", {
    header: () => <QueueColumnTitle id="flags" />,
    cell: ({ getValue }) => <FlagBadges flags={getValue()} />,
    enableSorting: false,
  }),
  helper.accessor("dataAsOf", {
    header: ({ column }) => <QueueColumnHeader column={column} />,
    // The day of the pull in the organization's time zone, as the freshness filter counts it.
    cell: ({ getValue }) => <DayCell iso={getValue()} />,
  }),
  helper.accessor("assignedTo", {
    header: () => <QueueColumnTitle id="assignedTo" />,
    cell: ({ getValue }) => getValue()?.name ?? <UnassignedCell />,
    enableSorting: false,
  }),
]);

/** The checkboxes of a bulk assignment (team leads and admins), before every other column. */
export const selectionColumn = helper.display({
  id: "select",
  header: ({ table }) => <SelectAllRows table={table} />,
  cell: ({ row }) => <SelectRow row={row} />,
  enableHiding: false,
  enableSorting: false,
});
