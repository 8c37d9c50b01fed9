import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';

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

/** A built Node program as a child process; resolves once `ready` answers 200 (or, without `ready`, at once). */
export async function spawnNode(what: string, script: string, env: Record<string, string | undefined>, ready?: string, nodeArgs: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeArgs, script], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!ready) return child;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(ready)).ok) return child;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) throw new Error(`${what} did not answer within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A port nothing listens on now, for a child process to take. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
