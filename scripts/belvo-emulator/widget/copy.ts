export type Locale = "es" | "en";

export const COPY = {
  es: {
    title: "Conecta tu historial laboral",
    intro: "Elige la institución e ingresa tu CURP para compartir tu historial de empleo formal.",
    institution: "Institución",
    curp: "CURP",
    email: "Correo electrónico (opcional)",
    consent: "Acepto compartir mi historial laboral con",
    connect: "Conectar",
    cancel: "Cancelar",
    consentRequired: "Debes aceptar compartir tu información para continuar.",
    institutionRequired: "Elige una institución.",
    tokenInvalid:
      "Este enlace de conexión no es válido o ya expiró. Vuelve a la aplicación e inténtalo de nuevo.",
    tokenUsed: "Este enlace de conexión ya se usó. Vuelve a la aplicación e inténtalo de nuevo.",
    success: "Listo: tu cuenta quedó conectada.",
    cancelled: "Cancelaste la conexión.",
    sandbox: "Emulador de Belvo (sandbox local)",
  },
  en: {
    title: "Connect your employment history",
    intro: "Choose the institution and enter your CURP to share your formal employment history.",
    institution: "Institution",
    curp: "CURP",
    email: "Email (optional)",
    consent: "I agree to share my employment history with",
    connect: "Connect",
    cancel: "Cancel",
    consentRequired: "You must agree to share your information to continue.",
    institutionRequired: "Choose an institution.",
    tokenInvalid:
      "This connection link is invalid or has expired. Go back to the app and try again.",
    tokenUsed: "This connection link has already been used. Go back to the app and try again.",
    success: "Done: your account is connected.",
    cancelled: "You cancelled the connection.",
    sandbox: "Belvo emulator (local sandbox)",
  },
} as const;

export function localeOf(value: string | null): Locale {
  return value === "en" ? "en" : "es";
}
