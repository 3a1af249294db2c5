import { CURP_STATES, curpCheckDigit } from "../connect/curp";

/**
 * A valid CURP that no other test uses, for a working-age adult (born 1970–1994), whom the
 * emulator gives a generated IMSS career. Cotiza and the emulator count institution queries per
 * CURP (3 a day), so tests that shared one would spend each other's queries. It passes the
 * app's offline RENAPO checks (real date, sex, state, check digit); its letters match no name.
 */
export function uniqueCurp(): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const any = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
  const pick = (n: number) => Array.from({ length: n }, () => any([...letters])).join("");
  const two = (min: number, max: number) =>
    String(min + Math.floor(Math.random() * (max - min + 1))).padStart(2, "0");
  const body = `${pick(4)}${two(70, 94)}${two(1, 12)}${two(1, 28)}${any(["H", "M"])}${any(CURP_STATES)}${pick(3)}${Math.floor(Math.random() * 10)}`;
  return `${body}${curpCheckDigit(body)}`;
}
