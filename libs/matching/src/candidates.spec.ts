import fc from 'fast-check';
import { KM_PER_DEG_LAT, KM_PER_DEG_LON, planeKmAtLeast, searchRadius } from './candidates.js';
import { haversineKm } from './core/index.js';

// Positions anywhere in the Netherlands (PC4 areas lie between 50.75°N and 53.5°N, 3.3°E and 7.25°E).
const position = fc.record({ lat: fc.double({ min: 50.75, max: 53.5, noNaN: true }), lon: fc.double({ min: 3.3, max: 7.25, noNaN: true }) });

describe('the kilometre plane', () => {
  it('planeKmAtLeast never exceeds the great-circle distance, so a ceiling built on it stays a ceiling', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        expect(planeKmAtLeast(a, b)).toBeLessThanOrEqual(haversineKm(a, b) + 1e-9);
      }),
      { numRuns: 5000 },
    );
  });

  it('a widened search circle holds every position within the true radius', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        const dx = (a.lon - b.lon) * KM_PER_DEG_LON;
        const dy = (a.lat - b.lat) * KM_PER_DEG_LAT;
        expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(searchRadius(haversineKm(a, b)));
      }),
      { numRuns: 5000 },
    );
  });
});
