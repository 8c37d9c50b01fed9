#!/usr/bin/env node
// Builds libs/platform/src/geo/pc4-areas.json from data/nl-pc4-geonames.tsv (GeoNames,
// CC BY 4.0): one row per PC4 with the positions of its places averaged.
//
//   npm run data:pc4            write the JSON
//   npm run data:pc4 -- --check exit 1 when the JSON is not what the TSV gives (run by the tests)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const TSV = fileURLToPath(new URL('../data/nl-pc4-geonames.tsv', import.meta.url));
export const JSON_FILE = fileURLToPath(new URL('../libs/platform/src/geo/pc4-areas.json', import.meta.url));

/**
 * One form for every municipality: its name alone ("Rotterdam"), whether the source writes
 * "Gemeente Rotterdam", "Rotterdam Municipality" or (Ameland) "Ameland Municipalitye".
 */
const municipalityName = (raw) => raw.trim().replace(/^Gemeente /, '').replace(/ Municipalit(y|ye)$/, '');

/**
 * PC4 areas the source gives no municipality. 3221–3238 (Hellevoetsluis, Brielle, Oostvoorne,
 * Rockanje, Zwartewaal and around) lie in Voorne aan Zee, formed on 1 January 2023 from Brielle,
 * Hellevoetsluis and Westvoorne (Wet samenvoeging gemeenten Brielle, Hellevoetsluis en
 * Westvoorne, Stb. 2022).
 */
const MUNICIPALITY_BY_PC4 = [{ from: 3221, to: 3238, municipality: 'Voorne aan Zee' }];
const knownMunicipality = (pc4) => MUNICIPALITY_BY_PC4.find((r) => Number(pc4) >= r.from && Number(pc4) <= r.to)?.municipality;

/** The JSON text for the TSV text: `areas` holds [pc4, places, municipality, latitude, longitude] rows, by PC4. */
export function pc4AreasJson(tsv) {
  const rows = tsv.split('\n').filter(Boolean);
  const byPc4 = new Map();
  for (const line of rows) {
    const c = line.split('\t');
    const [pc4, place, lat, lon] = [c[1], c[2], Number(c[9]), Number(c[10])];
    const municipality = municipalityName(c[5]) || knownMunicipality(pc4);
    if (!/^\d{4}$/.test(pc4) || !Number.isFinite(lat) || !Number.isFinite(lon)) throw new Error(`bad row: ${line}`);
    if (!municipality) throw new Error(`no municipality for PC4 ${pc4}: add it to MUNICIPALITY_BY_PC4`);
    const a = byPc4.get(pc4) ?? { places: [], municipality, lat: 0, lon: 0, n: 0 };
    if (!a.places.includes(place)) a.places.push(place);
    a.lat += lat;
    a.lon += lon;
    a.n += 1;
    byPc4.set(pc4, a);
  }
  const areas = [...byPc4.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pc4, a]) => [pc4, a.places.join(' / '), a.municipality, Number((a.lat / a.n).toFixed(5)), Number((a.lon / a.n).toFixed(5))]);
  const head = {
    generatedBy: 'scripts/build-pc4-data.mjs from data/nl-pc4-geonames.tsv; do not edit',
    source: 'GeoNames (geonames.org), CC BY 4.0 — https://creativecommons.org/licenses/by/4.0/',
    fields: ['pc4', 'places', 'municipality', 'latitude', 'longitude'],
    count: areas.length,
  };
  // One area a line: a change to the data reads as a change to its rows.
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return `{\n${lines.join('\n')}\n  "areas": [\n${areas.map((a) => `    ${JSON.stringify(a)}`).join(',\n')}\n  ]\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = pc4AreasJson(readFileSync(TSV, 'utf8'));
  const { count } = JSON.parse(built);
  if (process.argv.includes('--check')) {
    let kept = '';
    try {
      kept = readFileSync(JSON_FILE, 'utf8');
    } catch {}
    if (kept !== built) {
      console.error(`${JSON_FILE} is not what ${TSV} gives: run npm run data:pc4`);
      process.exit(1);
    }
    console.log(`PC4 areas: the JSON matches the TSV (${count} areas)`);
  } else {
    writeFileSync(JSON_FILE, built);
    console.log(`${count} PC4 areas written to ${JSON_FILE}`);
  }
}
