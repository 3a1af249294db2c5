// Test-only: a real HTTP server whose answers a test scripts one by one, for cases the emulator
// cannot stage exactly (a precise Retry-After date, a refused connection, a next link to elsewhere).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedReply {
  status: number;
  body?: unknown;
  /** Sent verbatim instead of JSON. */
  raw?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export async function startScriptedServer(
  reply: (request: SeenRequest, index: number) => ScriptedReply,
) {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      seen.push(request);
      const answer = reply(request, seen.length - 1);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
        res.end(answer.raw ?? (answer.body === undefined ? "" : JSON.stringify(answer.body)));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
