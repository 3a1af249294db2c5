import type { Rng } from "./prng";

export const SURNAMES = [
  "Núñez",
  "Peña",
  "Ibáñez",
  "Hernández",
  "García",
  "Martínez",
  "López",
  "González",
  "Pérez",
  "Rodríguez",
  "Sánchez",
  "Ramírez",
  "Cruz",
  "Flores",
  "Gómez",
  "Morales",
  "Vázquez",
  "Jiménez",
  "Reyes",
  "Díaz",
  "Torres",
  "Gutiérrez",
  "Ruiz",
  "Mendoza",
  "Aguilar",
  "Ortiz",
  "Castillo",
  "Moreno",
  "Romero",
  "Álvarez",
  "Chávez",
  "Rivera",
  "Juárez",
  "Domínguez",
  "Muñoz",
  "Salazar",
  "Esquivel",
  "Uribe",
  "Quintero",
  "Bautista",
  "Navarro",
  "Ochoa",
  "Yáñez",
  "Zúñiga",
  "Lara",
  "Vega",
  "Fuentes",
  "Carrillo",
  "Espinoza",
  "Trejo",
  "Kuri",
  "Wong",
  "Xolalpa",
] as const;

export const GIVEN_NAMES_M = [
  "María Fernanda",
  "Sofía",
  "Guadalupe",
  "Ximena",
  "Valeria",
  "Andrea",
  "Lucía",
  "Itzel",
  "Mariana",
  "Daniela",
  "Renata",
  "Paola",
  "Beatriz",
  "Ofelia",
  "Yolanda",
  "Karla",
  "Zoé",
] as const;

export const GIVEN_NAMES_H = [
  "José Luis",
  "Juan Carlos",
  "Miguel Ángel",
  "Luis",
  "Jesús",
  "Alejandro",
  "Raúl",
  "Óscar",
  "Héctor",
  "Ramón",
  "Iván",
  "Emiliano",
  "Fernando",
  "Tomás",
  "Gerardo",
  "Uriel",
  "Néstor",
] as const;

function strip(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}

/** Prefers names whose initial matches the CURP letter, so the name reads as that CURP's owner. */
function pickMatching(rng: Rng, items: readonly string[], initial: string): string {
  const matching = items.filter((item) => strip(item).startsWith(initial));
  return rng.pick(matching.length > 0 ? matching : items);
}

export type PersonName = { firstName: string; lastName: string; officialName: string };

export function nameForCurp(rng: Rng, curp: string, sex: "H" | "M"): PersonName {
  const paternal = pickMatching(rng, SURNAMES, curp.charAt(0));
  const maternal = pickMatching(rng, SURNAMES, curp.charAt(2));
  const firstName = pickMatching(rng, sex === "M" ? GIVEN_NAMES_M : GIVEN_NAMES_H, curp.charAt(3));
  const lastName = `${paternal} ${maternal}`;
  return { firstName, lastName, officialName: `${firstName} ${lastName}` };
}
