import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";
import type { Manifest } from "./manifest";
import { BackupError } from "./postgres";

/**
 * What `npm run backup` and `npm run restore` (scripts/) share: reading the command line
 * through a zod schema, and turning expected failures into one clear line and exit code 1.
 */

/** Wrong arguments or environment: the message says what to give instead. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Values = ReturnType<typeof parseArgs>["values"];

/** Parses the command line, prints `usage` for -h (and exits), validates with the schema. */
export function readCommandLine<Schema extends z.ZodType>(
  usage: string,
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: Schema,
  toInput: (values: Values, positionals: string[]) => unknown,
): z.output<Schema> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  const result = schema.safeParse(toInput(parsed.values, parsed.positionals));
  if (!result.success)
    throw new UsageError(`${result.error.issues.map((issue) => issue.message).join("\n")}\n${usage}`);
  return result.data;
}

/** Runs a command; an expected failure prints its message alone, anything else (a bug) its stack. Exit code 1 either way. */
export function runCommand(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (
      error instanceof UsageError ||
      error instanceof BackupError ||
      (error instanceof Error && error.message.startsWith("Invalid environment"))
    ) {
      console.error(`${name}: ${error.message}`);
    } else {
      console.error(`${name}: unexpected error`);
      console.error(error);
    }
    process.exitCode = 1;
  });
}

/** "3 DRAFT, 51 PUBLISHED" */
export function describeArticles(manifest: Manifest): string {
  const parts = Object.entries(manifest.database.articles).map(([status, count]) => `${count} ${status}`);
  return parts.join(", ") || "none";
}
