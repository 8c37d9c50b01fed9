/**
 * One autocannon run in a process of its own (outside Jest's VM, so the load generator is not
 * what limits the figures). Argument: a JSON object { base, paths, headers, connections,
 * seconds }; the paths are taken in turn, one per request. Prints one JSON object: requests
 * per second, latency percentiles in ms, bytes per answer, errors, timeouts and non-2xx answers
 * by status.
 */
import autocannon from 'autocannon';

const { base, paths, headers = {}, connections, seconds } = JSON.parse(process.argv[2] ?? '{}');
if (!base || !Array.isArray(paths) || !paths.length || !connections || !seconds) {
  process.stderr.write('usage: node cannon.mjs \'{"base":"http://127.0.0.1:3000","paths":["/x"],"connections":50,"seconds":10}\'\n');
  process.exit(2);
}

let next = 0;
const result = await autocannon({
  url: base,
  connections,
  duration: seconds,
  headers,
  requests: [
    {
      method: 'GET',
      setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }),
    },
  ],
});

const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2')).map(([code, v]) => [code, v.count]));
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    seconds: result.duration,
    rps: result.requests.total / result.duration,
    p50_ms: result.latency.p50,
    p90_ms: result.latency.p90,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    // The answer's size on the wire, headers included: what serialising and writing it costs grows with it.
    bytes_per_request: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
  })}\n`,
);
