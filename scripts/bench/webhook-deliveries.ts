import { randomBytes, randomUUID } from "node:crypto";

export interface Delivery {
  webhookId: string;
  body: string;
  repeat: boolean;
}

const hex = () => randomBytes(16).toString("hex");

/**
 * `total` deliveries of which `duplicateRatio` re-send an earlier webhook_id (Belvo retries), for
 * links Cotiza does not know: processing stays cheap and never calls Belvo. Mostly
 * EMPLOYMENT_RECORDS, some LINK codes, shuffled so repeats can race their originals.
 */
export function buildDeliveries(total: number, duplicateRatio: number): Delivery[] {
  const repeats = Math.round(total * duplicateRatio);
  const originals: Delivery[] = Array.from({ length: total - repeats }, (_, n) => {
    const webhookId = hex();
    const link = n % 10 === 0;
    const body = JSON.stringify({
      webhook_id: webhookId,
      webhook_type: link ? "LINK" : "EMPLOYMENT_RECORDS",
      webhook_code: link ? "invalid_credentials" : "historical_update",
      process_type: link ? "recurrent_update" : "historical_update",
      link_id: randomUUID(),
      request_id: hex(),
      external_id: `bench_${n}`,
      data: link
        ? { error_code: "login_error", status: 400 }
        : { total_employment_record_profiles: 1 },
    });
    return { webhookId, body, repeat: false };
  });
  const copies = Array.from({ length: repeats }, () => {
    const original = originals[Math.floor(Math.random() * originals.length)] as Delivery;
    return { ...original, repeat: true };
  });
  const all = [...originals, ...copies];
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [all[i], all[j]] = [all[j] as Delivery, all[i] as Delivery];
  }
  return all;
}
