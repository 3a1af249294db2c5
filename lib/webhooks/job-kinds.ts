/** The job that processes one stored Belvo webhook; its payload is `{ webhookEventId }`. */
export const BELVO_WEBHOOK_JOB = "belvo.webhook";
