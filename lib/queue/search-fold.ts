// The queue's name search ignores case and Spanish accents: "nunez" and "NÚÑEZ" find "Núñez".
// The database keeps a folded copy of every name (`applicants.name_search`, folded by a trigger in
// the migration `queue_name_search`); the searched text is folded here with the same table.

const ACCENTED = "ÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇáàâäãéèêëíìîïóòôöõúùûüñç";
const PLAIN = "AAAAAEEEEIIIIOOOOOUUUUNCaaaaaeeeeiiiiooooouuuunc";
const FOLDS = new Map([...ACCENTED].map((letter, index) => [letter, PLAIN[index]!]));

/** `text` as `applicants.name_search` holds names: NFC, accents and ñ folded, lower case. */
export function searchFold(text: string): string {
  return Array.from(text.normalize("NFC"), (letter) => FOLDS.get(letter) ?? letter)
    .join("")
    .toLowerCase();
}
