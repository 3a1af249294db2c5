import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import type { Emulator } from "../emulator";
import {
  EMULATOR_CREATED_BY,
  EMULATOR_ORGANIZATION_ID,
  EMULATOR_ORGANIZATION_NAME,
  EMULATOR_SIGNING_SECRET,
} from "../../../lib/belvo/emulator-keys";
import type { TokenSession } from "../state";

/** Belvo documents 10 minutes (its sample JWT says 20): we follow the documentation. */
export const ACCESS_TOKEN_SECONDS = 600;
export const REFRESH_TOKEN_SECONDS = 1200;

type Claims = Record<string, unknown> & {
  token_type: string;
  exp: number;
  iat: number;
  jti: string;
};

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function sign(data: string): string {
  return createHmac("sha512", EMULATOR_SIGNING_SECRET).update(data).digest("base64url");
}

export function signJwt(claims: Claims): string {
  const head = `${encode({ alg: "HS512", typ: "JWT" })}.${encode(claims)}`;
  return `${head}.${sign(head)}`;
}

export function verifyJwt(token: string): Claims | null {
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature) return null;
  const expected = Buffer.from(sign(`${header}.${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Claims;
  } catch {
    return null;
  }
}

export type TokenRequest = Omit<TokenSession, "jti" | "expiresAt" | "used"> & { scopes: string[] };

/** Issues the pair and remembers the widget session under the access token's `jti`. */
export function issueTokens(
  emu: Emulator,
  request: TokenRequest,
  host: string,
): { access: string; refresh: string } {
  const iat = Math.floor(emu.now().getTime() / 1000);
  const jti = randomUUID().replace(/-/g, "");
  const common = {
    iat,
    user_id: EMULATOR_CREATED_BY,
    organization_name: EMULATOR_ORGANIZATION_NAME,
    organization_id: EMULATOR_ORGANIZATION_ID,
    scopes: request.scopes,
    environment: "sandbox",
    api_url: host,
    credentials_storage: request.credentialsStorage,
    stale_in: request.staleIn,
    fetch_resources: request.fetchResources,
    iss: "belvo-emulator",
  };
  const { scopes: _scopes, ...session } = request;
  emu.state.tokens[jti] = {
    ...session,
    jti,
    expiresAt: new Date((iat + ACCESS_TOKEN_SECONDS) * 1000).toISOString(),
    used: false,
  };
  emu.save();
  return {
    access: signJwt({ ...common, token_type: "access", exp: iat + ACCESS_TOKEN_SECONDS, jti }),
    refresh: signJwt({
      ...common,
      token_type: "refresh",
      exp: iat + REFRESH_TOKEN_SECONDS,
      jti: `${jti}r`,
    }),
  };
}

export type TokenCheck =
  { ok: true; session: TokenSession } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Access tokens expire by the emulator clock and die once a link has been created with them. */
export function checkAccessToken(emu: Emulator, token: string | null): TokenCheck {
  const claims = token ? verifyJwt(token) : null;
  if (!claims || claims.token_type !== "access") return { ok: false, reason: "invalid" };
  const session = emu.state.tokens[claims.jti];
  if (!session) return { ok: false, reason: "invalid" };
  if (emu.now().getTime() >= claims.exp * 1000) return { ok: false, reason: "expired" };
  if (session.used) return { ok: false, reason: "used" };
  return { ok: true, session };
}
