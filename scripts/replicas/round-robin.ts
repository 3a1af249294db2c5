import { createServer, request as forward, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Forwarded {
  target: string;
  path: string;
  body: string;
  status: number;
}

export interface RoundRobin {
  url: string;
  /** Every request passed on, in order, with the target that answered it. */
  forwarded: Forwarded[];
  close(): Promise<void>;
}

async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A tiny load balancer on 127.0.0.1: each request goes to the next target in turn. Bodies are kept
 * (they are the emulator's webhooks, a few hundred bytes each) so a test can replay them.
 */
export async function startRoundRobin(targets: readonly string[]): Promise<RoundRobin> {
  const forwarded: Forwarded[] = [];
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const target = targets[next++ % targets.length]!;
    void readBody(incoming).then((body) => {
      const headers = { ...incoming.headers, host: new URL(target).host };
      const upstream = forward(
        new URL(incoming.url ?? "/", target),
        { method: incoming.method, headers },
        (answer) => {
          forwarded.push({
            target,
            path: incoming.url ?? "/",
            body: body.toString("utf8"),
            status: answer.statusCode ?? 0,
          });
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on("error", () => {
        forwarded.push({ target, path: incoming.url ?? "/", body: "", status: 502 });
        outgoing.writeHead(502).end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
