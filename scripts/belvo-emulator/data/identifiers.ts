import { curpCheckDigit } from "../../../lib/connect/curp";

// Official check-digit algorithms, so generated NSS, CURP and RFC values pass offline validators.
const RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ ";

export const CURP_PATTERN = /^([A-Z]{4})([0-9]{6})([A-Z]{6})([A-Z0-9]{2})$/;

// RENAPO's check digit lives in the app (which validates CURPs offline); one algorithm for both.
export { curpCheckDigit };

export function hasValidCurpCheckDigit(curp: string): boolean {
  return curp.length === 18 && curpCheckDigit(curp.slice(0, 17)) === curp.charAt(17);
}

/** IMSS NSS check digit: Luhn over the first ten digits (weights 1,2,1,2… from the left). */
export function nssCheckDigit(first10: string): string {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const product = Number(first10.charAt(i)) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isValidNss(nss: string): boolean {
  return /^\d{11}$/.test(nss) && nssCheckDigit(nss.slice(0, 10)) === nss.charAt(10);
}

/** SAT's RFC check digit (mod 11 over the first 12 characters, padded with a space for companies). */
export function rfcCheckDigit(body: string): string {
  const padded = body.length === 11 ? ` ${body}` : body;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += RFC_ALPHABET.indexOf(padded.charAt(i)) * (13 - i);
  const digit = 11 - (sum % 11);
  if (digit === 11) return "0";
  if (digit === 10) return "A";
  return String(digit);
}

export function isValidRfc(rfc: string): boolean {
  if (!/^[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{3}$/.test(rfc)) return false;
  return rfcCheckDigit(rfc.slice(0, -1)) === rfc.slice(-1);
}
