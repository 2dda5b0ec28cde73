import { db } from "@/lib/db/client";

/** Moves a pin's expiry (tests wait seconds, not the form's one-minute minimum). */
export async function setHomePinExpiry(slot: number, expiresAt: Date): Promise<void> {
  await db.homePin.update({ where: { slot }, data: { expiresAt } });
}

/** Removes every pin, so a test starts from the home page's own choice. */
export async function clearHomePins(): Promise<void> {
  await db.homePin.deleteMany({});
}
