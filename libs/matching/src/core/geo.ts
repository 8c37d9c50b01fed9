import type { LatLon } from '../match.model.js';

// Math's functions are looked up once: a lookup on the global per call is slow in some hosts (e.g. Jest's VM context).
const { sin, cos, asin, sqrt, min } = Math;

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const s1 = sin(dLat / 2);
  const s2 = sin(dLon / 2);
  const h = s1 * s1 + cos(a.lat * RAD) * cos(b.lat * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * asin(min(1, sqrt(h)));
}
