import { isIPv4, isIPv6 } from 'node:net';
import type { AppConfig } from '../config/app-config.js';

/**
 * Express's `trust proxy` from TRUST_PROXY: no proxy unless one is configured. A request's
 * X-Forwarded-For is the client's to write; only the entries that trusted proxies appended say
 * who the client is, so with none configured the peer's own address is the client.
 */
export function trustProxySetting(config: Pick<AppConfig, 'trustProxy'>): number | string[] | false {
  const trust = config.trustProxy;
  return trust === undefined ? false : typeof trust === 'number' ? trust : [...trust];
}

/**
 * The client a rate limit counts, for every rate limit: the address Express derived under
 * `trust proxy` (the peer, or the right-most X-Forwarded-For entry that no trusted proxy wrote;
 * never the left-most, which the client chose), IPv4-mapped IPv6 as IPv4, and an IPv6 address
 * as its /64: a subscriber is given a whole /64 and could otherwise rotate through it.
 */
export function clientAddress(req: { ip?: string; socket?: { remoteAddress?: string } }): string {
  const raw = (req.ip ?? req.socket?.remoteAddress ?? '').split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(raw);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(raw)) return raw;
  if (isIPv6(raw)) return `${ipv6Groups(raw).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros (a dotted IPv4 tail is two groups). */
function ipv6Groups(address: string): string[] {
  let text = address;
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16).toString(16));
}
