import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the admin reads the password aloud or copies it by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/**
 * A temporary password: four groups of five characters ("k7mpq-3xh2d-…"), about 100 bits
 * from the OS random generator. Shown once to the admin, never stored in the clear.
 */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < 4; group++) {
    let chunk = "";
    for (let index = 0; index < 5; index++) chunk += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(chunk);
  }
  return groups.join("-");
}
