import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket, connect } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** The entry points `npm run build` makes: the suite runs what production runs. */
export const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
export const WORKER_MAIN = 'dist/apps/worker/apps/worker/src/main.js';

/** Builds the API and the worker when dist is missing or older than a source file it is built from. */
export function ensureBuilt(): void {
  if ([API_MAIN, WORKER_MAIN].every((f) => existsSync(f))) {
    const builtAt = Math.min(statSync(API_MAIN).mtimeMs, statSync(WORKER_MAIN).mtimeMs);
    const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'apps/api/src', 'apps/worker/src', 'libs'], { encoding: 'utf8' }).split('\n');
    if (!sources.some((f) => f.endsWith('.ts') && existsSync(f) && statSync(f).mtimeMs > builtAt)) return;
  }
  const startedAt = new Date();
  execFileSync('npx', ['nest', 'build', 'api'], { stdio: 'inherit' });
  execFileSync('npx', ['nest', 'build', 'worker'], { stdio: 'inherit' });
  // The build is incremental: it leaves an entry point it did not change as old as it was, and the
  // check above would build again on every run after any source changed. The entry points say
  // when the build started instead (a source changed while it ran is newer, and built next time).
  for (const f of [API_MAIN, WORKER_MAIN]) utimesSync(f, startedAt, startedAt);
}

/**
 * A TCP proxy the suite controls, between the processes and PostgreSQL or Redis: `cut()` drops
 * every connection and refuses new ones (the server went away), `restore()` lets them through.
 */
export interface FaultProxy {
  port: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function faultProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  let down = false;
  const server: Server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore() {
      down = false;
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  messageId: string | undefined;
  at: number;
}

/** A loopback SMTP server that accepts, refuses (451) or takes a message and never answers (`hold`). */
export interface FaultSmtp {
  url: string;
  mails: Mail[];
  refused: number;
  mode: 'accept' | 'refuse' | 'hold';
  close(): Promise<void>;
}

export async function faultSmtp(): Promise<FaultSmtp> {
  const state: FaultSmtp = { url: '', mails: [], refused: 0, mode: 'accept', close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream).then(
        (mail) => {
          if (state.mode === 'refuse') {
            state.refused++;
            done(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
            return;
          }
          state.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', text: mail.text ?? '', messageId: mail.messageId, at: Date.now() });
          // hold: the message arrived, the sender never hears so (it is killed meanwhile).
          if (state.mode === 'accept') done();
        },
        (err: Error) => done(err),
      );
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((r) => server.close(() => r()));
  return state;
}

/** One API or worker process, started from the build as in production. */
export class Proc {
  child: ChildProcess | undefined;
  readonly output: string[] = [];
  exitedAt: number | undefined;

  constructor(
    readonly name: string,
    readonly main: string,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  start(): this {
    this.exitedAt = undefined;
    const child = spawn(process.execPath, ['--enable-source-maps', this.main], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (b: Buffer) => {
      this.output.push(...b.toString('utf8').split('\n').filter(Boolean));
      if (this.output.length > 2000) this.output.splice(0, this.output.length - 2000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.on('exit', () => {
      this.exitedAt = Date.now();
    });
    this.child = child;
    return this;
  }

  get pid(): number {
    return this.child!.pid!;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child!.kill(signal);
  }

  async exited(ms = 15000): Promise<number | null> {
    if (!this.running) return this.child?.exitCode ?? null;
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${this.name} did not exit within ${ms} ms`)), ms);
      this.child!.once('exit', (code) => {
        clearTimeout(t);
        resolve(code);
      });
    });
  }
}
