import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";

/**
 * Command-line options for the bench scripts: node's parseArgs reads them, a zod schema
 * validates and converts them. Prints the help (for -h, or after the problems with what
 * was given) and returns null when the script should not go on.
 */
export function parseCommandLine<Schema extends z.ZodType>(
  command: string,
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: Schema,
  help: string,
): z.output<Schema> | null {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ options: { ...options, help: { type: "boolean", short: "h" } } }).values;
  } catch (error) {
    // CASE: an unknown option or a missing value; parseArgs explains which.
    console.error(`${command}: ${error instanceof Error ? error.message : String(error)}\n\n${help}`);
    process.exitCode = 2;
    return null;
  }
  if (values.help) {
    console.log(help);
    return null;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`);
    console.error(`${command}: ${problems.join("; ")}\n\n${help}`);
    process.exitCode = 2;
    return null;
  }
  return parsed.data;
}
