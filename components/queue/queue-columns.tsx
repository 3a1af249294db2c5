import { createColumnHelper } from "@tanstack/react-table";
import { LinkStatusBadge } from "@/components/applicants/link-status-badge";
import { ZonedDate } from "@/components/shell/time-zone";
import { INSTITUTIONS } from "@/lib/connect/institutions";
import { formatTenure } from "@/lib/format";
import type { QueueRow } from "@/lib/queue/list";
import { formatMXN, formatNumber } from "@/lib/format";
import { ApplicantCell, EmployerCell, FlagBadges, Muted } from "./queue-cells";
import { QueueColumnHeader } from "./queue-column-header";
import type { QueueFeatures } from "./queue-features";

const helper = createColumnHelper<QueueFeatures, QueueRow>();

// Column ids equal the URL's `sort` values where a column sorts; the database does the sorting.
export const queueColumns = helper.columns([
  helper.accessor("name", {
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ row }) => <ApplicantCell row={row.original} />,
    enableHiding: false,
    meta: { label: "Applicant" },
  }),
  helper.accessor("institution", {
    header: "Institution",
    cell: ({ getValue }) => INSTITUTIONS[getValue()].label,
    enableSorting: false,
    meta: { label: "Institution" },
  }),
  helper.accessor("linkStatus", {
    header: "Link",
    cell: ({ getValue }) => <LinkStatusBadge status={getValue()} />,
    enableSorting: false,
    meta: { label: "Link status" },
  }),
  helper.accessor("currentEmployer", {
    header: "Employer",
    cell: ({ row }) => <EmployerCell row={row.original} />,
    enableSorting: false,
    meta: { label: "Current employer" },
  }),
  helper.accessor("monthlyIncome", {
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ getValue }) => {
      const value = getValue();
      return value === null ? <Muted>—</Muted> : formatMXN(value);
    },
    meta: { label: "Income / mo", align: "end" },
  }),
  helper.accessor("tenureDays", {
    id: "tenure",
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ getValue }) => {
      const days = getValue();
      return days === null ? <Muted>—</Muted> : formatTenure(days);
    },
    meta: { label: "Tenure", align: "end" },
  }),
  helper.accessor("score12", {
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ getValue }) => {
      const score = getValue();
      return score === null ? <Muted>—</Muted> : formatNumber(score);
    },
    meta: { label: "Score 12m", align: "end" },
  }),
  helper.accessor("flags", {
    header: "Flags",
    cell: ({ getValue }) => <FlagBadges flags={getValue()} />,
    enableSorting: false,
    meta: { label: "Flags" },
  }),
  helper.accessor("dataAsOf", {
    header: ({ column }) => <QueueColumnHeader column={column} />,
    cell: ({ getValue }) => {
      const iso = getValue();
      return iso === null ? (
        <Muted>No records yet</Muted>
      ) : (
        // The day of the pull in the organization's time zone, as the freshness filter counts it.
        <span className="whitespace-nowrap">
          <ZonedDate iso={iso} />
        </span>
      );
    },
    meta: { label: "Data as of" },
  }),
  helper.accessor("assignedTo", {
    header: "Assigned to",
    cell: ({ getValue }) => getValue()?.name ?? <Muted>Unassigned</Muted>,
    enableSorting: false,
    meta: { label: "Assigned to" },
  }),
]);
