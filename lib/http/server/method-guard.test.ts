import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installMethodGuard } from "./method-guard";

// Node hands TRACE and PROPFIND to the server like any method; Next then fails to make a Request of
// TRACE, and renders a missing /405 page for PROPFIND on a static file: both were 500s.
function send(server: Server, method: string, headers: Record<string, string> = {}) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
    request({ port, method, path: "/api/me", headers }, (response) => {
      response.resume();
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers }),
      );
    })
      .on("error", reject)
      .end();
  });
}

describe("installMethodGuard", () => {
  let server: Server;
  const seen: string[] = [];

  beforeAll(async () => {
    installMethodGuard();
    installMethodGuard(); // a second call changes nothing
    server = createServer((req, res) => {
      seen.push(req.method ?? "");
      // What Next does with the request: fetch's Request refuses TRACE and TRACK.
      new Request("http://localhost/api/me", { method: req.method });
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("answers TRACE with 405, Allow and the security headers, before the app sees it", async () => {
    const response = await send(server, "TRACE", { "x-forwarded-proto": "https" });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers["strict-transport-security"]).toMatch(/^max-age=/);
    expect(seen).not.toContain("TRACE");
  });

  it("answers the other methods the app does not serve the same way", async () => {
    for (const method of ["PROPFIND", "MKCOL", "PURGE"]) {
      const response = await send(server, method);
      expect(response.status, method).toBe(405);
      expect(response.headers["strict-transport-security"]).toBeUndefined();
    }
    expect(seen).toEqual([]);
  });

  it("lets every other request through", async () => {
    expect((await send(server, "GET")).status).toBe(200);
    expect(seen).toEqual(["GET"]);
  });
});
