import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import {
  ALLOW,
  ALLOWED_METHODS,
  RESOURCE_CONTENT_SECURITY_POLICY,
  STRICT_TRANSPORT_SECURITY,
  isAllowedMethod,
  newNonce,
  pageContentSecurityPolicy,
  securityHeaders,
  servedOverHttps,
  withSecurityHeaders,
} from "./security-headers";

const directives = (policy: string) =>
  new Map(
    policy.split("; ").map((directive) => {
      const [name, ...values] = directive.split(" ");
      return [name, values] as const;
    }),
  );

const page = (overrides: Partial<Parameters<typeof pageContentSecurityPolicy>[0]> = {}) =>
  pageContentSecurityPolicy({
    nonce: "bm9uY2U=",
    development: false,
    https: false,
    formTargets: ["https://widget.belvo.io"],
    ...overrides,
  });

describe("pageContentSecurityPolicy", () => {
  it("allows scripts by nonce only, never eval in production, and no framing", () => {
    const policy = directives(page());
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(page()).not.toContain("unsafe-eval");
    expect([...policy.values()].flat().filter((value) => value === "'unsafe-inline'")).toHaveLength(
      1,
    );
  });

  it("lets the connect form lead to Belvo's widget, and nowhere else", () => {
    expect(directives(page()).get("form-action")).toEqual(["'self'", "https://widget.belvo.io"]);
  });

  it("allows eval and inline styles only under next dev", () => {
    const policy = directives(page({ development: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("upgrades insecure requests only over https", () => {
    expect(directives(page()).has("upgrade-insecure-requests")).toBe(false);
    expect(directives(page({ https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, new each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("securityHeaders", () => {
  it("denies framing and sniffing, keeps referrers to origins, switches features off", () => {
    const headers = securityHeaders({ https: false });
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
  });

  it("sends HSTS over https only", () => {
    expect(securityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
  });
});

describe("servedOverHttps", () => {
  const request = (url: string, headers: Record<string, string> = {}) =>
    new Request(url, { headers });

  it("believes the TLS proxy in front, else the request URL", () => {
    expect(servedOverHttps(request("http://app/", { "x-forwarded-proto": "https" }))).toBe(true);
    expect(servedOverHttps(request("http://app/", { "x-forwarded-proto": "https, http" }))).toBe(
      true,
    );
    expect(servedOverHttps(request("https://app/", { "x-forwarded-proto": "http" }))).toBe(false);
    expect(servedOverHttps(request("https://app/"))).toBe(true);
    expect(servedOverHttps(request("http://app/"))).toBe(false);
  });
});

describe("withSecurityHeaders", () => {
  it("gives a page its policy, and HSTS over https only", () => {
    const policy = page();
    const plain = withSecurityHeaders(new Response("<p>"), { https: false, policy });
    expect(plain.headers.get("Content-Security-Policy")).toBe(policy);
    expect(plain.headers.get("X-Frame-Options")).toBe("DENY");
    expect(plain.headers.get("Strict-Transport-Security")).toBeNull();
    const secure = withSecurityHeaders(new Response("<p>"), { https: true, policy });
    expect(secure.headers.get("Strict-Transport-Security")).toBe(STRICT_TRANSPORT_SECURITY);
  });
});

describe("next.config.js headers", () => {
  type Rule = {
    source: string;
    has?: { type: string; key: string; value: string }[];
    headers: { key: string; value: string }[];
  };

  it("sends every response the same headers, the resource policy, HSTS only over https", async () => {
    const rules = (await (nextConfig as { headers: () => Promise<Rule[]> }).headers()) ?? [];
    const everywhere = rules.find((rule) => rule.source === "/:path*" && !rule.has);
    expect(Object.fromEntries(everywhere?.headers.map((h) => [h.key, h.value]) ?? [])).toEqual({
      ...securityHeaders({ https: false }),
      "Content-Security-Policy": RESOURCE_CONTENT_SECURITY_POLICY,
    });
    const overHttps = rules.find((rule) => rule.has?.[0]?.key === "x-forwarded-proto");
    expect(overHttps?.headers).toEqual([
      { key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY },
    ]);
    // Next matches `has` values as whole regular expressions.
    const proto = new RegExp(`^${overHttps?.has?.[0]?.value}$`);
    expect(["https", "https, http", "https,http"].every((value) => proto.test(value))).toBe(true);
    expect(["http", "http, https", "httpsx"].some((value) => proto.test(value))).toBe(false);
  });
});

describe("isAllowedMethod", () => {
  it("admits the methods the app serves, nothing else", () => {
    for (const method of ALLOWED_METHODS) expect(isAllowedMethod(method)).toBe(true);
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "get"])
      expect(isAllowedMethod(method)).toBe(false);
    expect(ALLOW).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
  });
});
