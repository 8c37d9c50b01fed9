/** Helpers shared by the benchmarks: medians and a small table on stdout. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Prints each row's figure and its ratio to the baseline row. */
export function report(title: string, rows: [string, number][], baseline: string): void {
  const base = rows.find(([name]) => name === baseline)?.[1];
  const lines = rows.map(([name, v]) => {
    const ratio = base ? ` (${(v / base).toFixed(1)}x ${baseline})` : '';
    return `  ${name.padEnd(28)} ${v.toFixed(1).padStart(12)}${ratio}`;
  });
  process.stdout.write(`\n${title}\n${lines.join('\n')}\n`);
}
