import { readFileSync } from 'node:fs';
// The generator beside its data: the test checks the JSON is what it builds from the TSV.
import { JSON_FILE, pc4AreasJson, TSV } from '../../../../scripts/build-pc4-data.mjs';
import { distanceBand, haversineKm, PC4_AREA_COUNT, pc4Areas } from './pc4.js';

describe('PC4 areas', () => {
  const areas = pc4Areas();

  it('are exactly what npm run data:pc4 builds from the GeoNames TSV in data/', () => {
    expect(readFileSync(JSON_FILE, 'utf8') === pc4AreasJson(readFileSync(TSV, 'utf8'))).toBe(true);
  });

  it('holds one row per PC4, each with a position inside the Netherlands', () => {
    expect(areas).toHaveLength(PC4_AREA_COUNT);
    expect(new Set(areas.map((a) => a.pc4)).size).toBe(areas.length);
    for (const a of areas) {
      expect(a.pc4).toMatch(/^\d{4}$/);
      expect(a.lat).toBeGreaterThan(50.7);
      expect(a.lat).toBeLessThan(53.7);
      expect(a.lon).toBeGreaterThan(3.2);
      expect(a.lon).toBeLessThan(7.3);
    }
  });

  it('gives every PC4 its municipality in one form, the name alone', () => {
    for (const a of areas) expect({ pc4: a.pc4, municipality: a.municipality }).toEqual({ pc4: a.pc4, municipality: expect.stringMatching(/^(?!Gemeente )(?!.*Municipalit).+$/) });
    const at = (pc4: string) => areas.find((a) => a.pc4 === pc4)!;
    expect(at('3131').municipality).toBe('Vlaardingen');
    expect(at('1012').municipality).toBe('Amsterdam');
    // Hellevoetsluis, Brielle, Oostvoorne, Rockanje, Zwartewaal: Voorne aan Zee since 2023.
    for (const a of areas.filter((x) => x.pc4 >= '3221' && x.pc4 <= '3238')) expect(a.municipality).toBe('Voorne aan Zee');
    expect(areas.filter((x) => x.pc4 >= '3221' && x.pc4 <= '3238').length).toBeGreaterThan(10);
  });

  it('measures Amsterdam centre to Rotterdam centre at about 57 km', () => {
    const at = (pc4: string) => areas.find((a) => a.pc4 === pc4)!;
    expect(haversineKm(at('1012'), at('3011'))).toBeGreaterThan(54);
    expect(haversineKm(at('1012'), at('3011'))).toBeLessThan(60);
  });

  it('bands distances at 5, 10 and 20 km', () => {
    expect([0, 4.99, 5, 9.99, 10, 19.99, 20, 300].map(distanceBand)).toEqual(['0-5', '0-5', '5-10', '5-10', '10-20', '10-20', '20+', '20+']);
  });
});
