import http from "node:http";
import { gunzipSync, inflateSync } from "node:zlib";
import type { Delivery } from "./webhook-deliveries";
import type { Timed } from "./webhook-limit";
import { runBounded } from "./stats";

export interface Burst extends Timed {
  /** Answers by kind: the body's `status` for a 2xx, else `HTTP <code>` or `error <message>`. */
  answers: Map<string, number>;
}

type Answer = { status: number; body: string };

// node:http with keep-alive rather than fetch: the sender shares the machine with the server
// being measured, and fetch costs it several times the CPU per request (Belvo sends from afar).
// It accepts gzip like any HTTP client, so a server that compresses its answers pays for it.
function post(agent: http.Agent, target: URL, headers: Record<string, string>, body: string) {
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      target,
      {
        agent,
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          try {
            const raw = Buffer.concat(chunks);
            const encoding = response.headers["content-encoding"];
            const bytes =
              encoding === "gzip"
                ? gunzipSync(raw)
                : encoding === "deflate"
                  ? inflateSync(raw)
                  : raw;
            resolve({ status: response.statusCode ?? 0, body: bytes.toString("utf8") });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const statusOf = (body: string) => {
  try {
    return String((JSON.parse(body) as { status?: unknown }).status);
  } catch {
    return "unreadable";
  }
};

/** Posts every delivery to the route with at most `concurrency` in flight. */
export async function sendBurst(options: {
  target: URL;
  authorization: string;
  deliveries: readonly Delivery[];
  concurrency: number;
}): Promise<Burst> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const headers = {
    "content-type": "application/json",
    "accept-encoding": "gzip, deflate",
    authorization: options.authorization,
  };
  const latencies: number[] = [];
  const answers = new Map<string, number>();
  const tally = (key: string) => answers.set(key, (answers.get(key) ?? 0) + 1);
  const t0 = performance.now();
  try {
    await runBounded(options.deliveries, options.concurrency, async (delivery) => {
      const started = performance.now();
      try {
        const answer = await post(agent, options.target, headers, delivery.body);
        const ok = answer.status >= 200 && answer.status < 300;
        if (ok) latencies.push(performance.now() - started);
        tally(ok ? statusOf(answer.body) : `HTTP ${answer.status}`);
      } catch (error) {
        tally(`error ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - t0) / 1_000;
  return {
    perSecond: latencies.length / seconds,
    latencies: latencies.sort((a, b) => a - b),
    answers,
  };
}
