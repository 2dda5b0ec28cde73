/**
 * Storage keys and public file names of an image's renditions. Pure, so the route
 * handler's parser and the writer agree on one spelling.
 */
export const OG_FILE = "og.jpg";

/** `<mediaId>/<file>`: one folder per image. */
export function mediaFileKey(mediaId: string, file: string): string {
  return `${mediaId.toLowerCase()}/${file}`;
}
