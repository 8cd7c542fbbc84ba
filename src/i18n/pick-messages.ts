/** The messages of a catalogue whose keys start with one of `prefixes` (pure: the build uses it too). */
export function pickMessages(
  all: Readonly<Record<string, string>>,
  prefixes: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(all))
    if (prefixes.some((p) => key.startsWith(p))) out[key] = value;
  return out;
}
