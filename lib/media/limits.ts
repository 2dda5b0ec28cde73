// The numbers live in ./limits.mjs, which next.config.js reads too.
export { IMAGE_LIMITS, IMAGE_TOO_LARGE_MESSAGE, UPLOAD_REQUEST_MAX_BYTES } from "./limits.mjs";
