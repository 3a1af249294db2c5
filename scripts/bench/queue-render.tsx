import { renderToString } from "react-dom/server";
import { useTable } from "@tanstack/react-table";
import { NextIntlClientProvider } from "next-intl";
import { queueTableOptions } from "@/components/queue/queue-table-options";
import { QueueTable } from "@/components/queue/queue-table";
import { TimeZoneProvider } from "@/components/shell/time-zone";
import { messagesFor } from "@/lib/i18n/catalog";
import type { QueuePage } from "@/lib/queue/list";

// The queue's table as the server renders it for the first paint (same columns, cells and
// formatting, in Spanish), without the Next.js router around it.
function BenchTable({ page }: { page: QueuePage }) {
  const table = useTable(queueTableOptions(page));
  return <QueueTable table={table} pending={false} />;
}

const TIME_ZONE = "America/Mexico_City";

/** HTML of the table for one page of rows; its length is returned so the work is not elided. */
export function renderQueueTable(page: QueuePage): number {
  return renderToString(
    <NextIntlClientProvider locale="es" messages={messagesFor("es")} timeZone={TIME_ZONE}>
      <TimeZoneProvider timeZone={TIME_ZONE}>
        <BenchTable page={page} />
      </TimeZoneProvider>
    </NextIntlClientProvider>,
  ).length;
}
