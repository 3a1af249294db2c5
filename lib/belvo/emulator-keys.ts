// Fixed demo keys: the emulator is a local sandbox, and fixed values let demos, seed scripts and
// tests configure themselves without reading anything back from it.
export const EMULATOR_SECRET_ID = "cotiza-emulator-secret-id";
export const EMULATOR_SECRET_PASSWORD = "cotiza-emulator-secret-password";

/** The Belvo user that "created" every link (Belvo returns the creating user's uuid). */
export const EMULATOR_CREATED_BY = "6e9be884-4781-4143-b673-aca02475ee8c";
export const EMULATOR_ORGANIZATION_ID = "0d3a2a5f-8b9e-4c3b-9a31-2f6d0e7c5b11";
export const EMULATOR_ORGANIZATION_NAME = "Cotiza (emulator)";

/** Signs widget tokens and derives institution_user_id; only meaningful inside the emulator. */
export const EMULATOR_SIGNING_SECRET = "cotiza-belvo-emulator-signing-secret-not-for-production";
