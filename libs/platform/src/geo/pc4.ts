// Data, not code: built from data/nl-pc4-geonames.tsv by `npm run data:pc4` (which also checks it).
import PC4_DATA from './pc4-areas.json' with { type: 'json' };

/** A 4-digit postcode area with the averaged position of its places (GeoNames, CC BY 4.0). */
export interface Pc4Area {
  pc4: string;
  places: string;
  municipality: string;
  lat: number;
  lon: number;
}

export const PC4_ATTRIBUTION = 'GeoNames (geonames.org), CC BY 4.0';

/** How many areas the data holds. */
export const PC4_AREA_COUNT: number = PC4_DATA.count;

export function pc4Areas(): Pc4Area[] {
  return (PC4_DATA.areas as [string, string, string, number, number][]).map(([pc4, places, municipality, lat, lon]) => ({ pc4, places, municipality, lat, lon }));
}

const EARTH_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The only distance an employer ever sees: a band, never a place. */
export type DistanceBand = '0-5' | '5-10' | '10-20' | '20+';

export function distanceBand(km: number): DistanceBand {
  if (km < 5) return '0-5';
  if (km < 10) return '5-10';
  if (km < 20) return '10-20';
  return '20+';
}
