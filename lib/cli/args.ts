// Tiny flag parser for the project's command-line tools: `--name value`, `--flag`.
export function parseFlags(argv: string[]): Record<string, string | true> {
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) continue;
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) flags[name] = inline;
    else if (next !== undefined && !next.startsWith("--")) flags[name] = argv[++i]!;
    else flags[name] = true;
  }
  return flags;
}

export function intFlag(flags: Record<string, string | true>, name: string, fallback: number): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} takes a whole number, got "${String(raw)}"`);
    process.exit(2);
  }
  return value;
}
