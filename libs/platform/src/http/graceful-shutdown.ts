import type { Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Whether this process is stopping: readiness answers 503 and every answer closes its connection. */
export const shutdownState = { draining: false };

/**
 * While the API drains, each answer says `Connection: close`: a client (or a load balancer)
 * with a kept-alive connection opens its next request elsewhere instead of sending it on a
 * socket that is about to close, which would be reset.
 */
export function closeConnectionsWhileDraining() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    if (shutdownState.draining) res.setHeader('Connection', 'close');
    next();
  };
}

/**
 * SIGTERM and SIGINT stop the process gracefully: the API turns not-ready at once, keeps
 * accepting for `drainDelayMs` (each answer closing its connection), then stops accepting and
 * lets requests in flight finish, then closes the application (database and
 * Redis last); the worker finishes or hands back its jobs. After `graceMs` the process exits
 * whatever is still running, with code 1. A second signal exits at once.
 */
export function stopGracefully(app: INestApplicationContext, opts: { graceMs: number; drainDelayMs?: number; server?: Server; log: (msg: string) => void }): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    shutdownState.draining = true;
    opts.log(`${signal}: stopping (grace ${opts.graceMs} ms)`);
    const force = setTimeout(() => {
      opts.log(`still stopping after ${opts.graceMs} ms: exiting`);
      process.exit(1);
    }, opts.graceMs);
    force.unref();
    void (async () => {
      if (opts.server) {
        // Not ready from the first moment; the port stays open a little longer, as a load balancer
        // takes a moment to notice: a connection arriving just as a port closes is reset.
        if (opts.drainDelayMs) await new Promise((r) => setTimeout(r, opts.drainDelayMs));
        // New connections are refused from here; idle kept-alive ones close now, busy ones after
        // their answer. The application (its database and Redis) closes only once they are done.
        const server = opts.server;
        const drained = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await drained;
      }
      await app.close();
    })().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
