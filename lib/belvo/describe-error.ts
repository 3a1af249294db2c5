import type { BelvoErrorCode } from "./errors";
import { isBelvoError } from "./errors";

export type DescribeLocale = "es" | "en";

// Written for an underwriter reviewing an application: what happened and what to do next. No
// personal data, no vendor jargon; the institution's own (Spanish) words are appended when known.
const SENTENCES: Record<DescribeLocale, Record<BelvoErrorCode, string>> = {
  es: {
    invalid_credentials:
      "La institución rechazó los datos del solicitante. Verifica la CURP (y el correo, si se usó) y vuelve a intentarlo.",
    not_found:
      "Belvo no encontró ese registro; puede haberse eliminado. Actualiza la página y vuelve a consultar.",
    rate_limited: "Belvo está limitando las solicitudes. Espera un minuto y vuelve a intentarlo.",
    daily_limit:
      "Ya se usaron las consultas al IMSS permitidas hoy para este solicitante. Vuelve a intentarlo en 24 horas.",
    timeout:
      "La institución tardó demasiado en responder. Vuelve a intentarlo en unos minutos; si se repite, usa la consulta asíncrona.",
    institution_unavailable:
      "La institución (IMSS o ISSSTE) no está disponible en este momento. Vuelve a intentarlo más tarde.",
    unauthorized:
      "Cotiza no pudo autenticarse con Belvo. Avisa a un administrador para que revise las llaves de Belvo.",
    unexpected:
      "Ocurrió un error inesperado al consultar Belvo. Vuelve a intentarlo; si se repite, avisa a soporte.",
  },
  en: {
    invalid_credentials:
      "The institution rejected the applicant's details. Check the CURP (and the email, if one was used) and try again.",
    not_found:
      "Belvo could not find that record; it may have been deleted. Refresh the page and query again.",
    rate_limited: "Belvo is limiting requests. Wait a minute and try again.",
    daily_limit: "The applicant's IMSS queries for today are used up. Try again in 24 hours.",
    timeout:
      "The institution took too long to answer. Try again in a few minutes; if it keeps happening, use an asynchronous retrieval.",
    institution_unavailable:
      "The institution (IMSS or ISSSTE) is unavailable right now. Try again later.",
    unauthorized:
      "Cotiza could not authenticate with Belvo. Ask an administrator to check the Belvo keys.",
    unexpected:
      "Something unexpected went wrong while querying Belvo. Try again; if it keeps happening, contact support.",
  },
};

const INSTITUTION_SAID: Record<DescribeLocale, string> = {
  es: "La institución respondió",
  en: "The institution said",
};

/** A sentence a person can act on, for any error thrown by the Belvo client (or anything else). */
export function describeBelvoError(error: unknown, locale: string = "es"): string {
  const lang: DescribeLocale = locale.toLowerCase().startsWith("en") ? "en" : "es";
  if (!isBelvoError(error)) return SENTENCES[lang].unexpected;
  const sentence = SENTENCES[lang][error.code];
  return error.institutionMessage
    ? `${sentence} ${INSTITUTION_SAID[lang]}: «${error.institutionMessage}»`
    : sentence;
}
