/**
 * The home page's pin slots: slot 0 is the headline ("Berita utama"), slots 1–4 the
 * featured articles ("Pilihan"). Pure module without dependencies (client forms import it).
 */

export const HOME_SLOTS = [0, 1, 2, 3, 4] as const;
export type HomeSlot = (typeof HOME_SLOTS)[number];

/** The slot's name as staff see it. */
export function homeSlotLabel(slot: number): string {
  return slot === 0 ? "Berita utama" : `Pilihan ${slot}`;
}
