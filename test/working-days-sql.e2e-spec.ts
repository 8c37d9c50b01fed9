import fc from 'fast-check';
import pg from 'pg';
import { workingDaysBetween, workingDaysBetweenSql } from '@startbaan/placements';
import { ADMIN_URL } from './support/database.js';

/**
 * The SQL form of the working-day count must give what the code gives, day for day: the WSP's
 * view of unanswered proposals filters and pages on it in PostgreSQL.
 */
describe('working days in SQL', () => {
  // The expression needs no table: the server's own database will do.
  const client = new pg.Client({ connectionString: ADMIN_URL });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  const inSql = async (pairs: [Date, Date][]): Promise<number[]> => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT ${workingDaysBetweenSql('f', 't')} AS n FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS x(f, t, i) ORDER BY i`,
      [pairs.map(([f]) => f.toISOString()), pairs.map(([, t]) => t.toISOString())],
    );
    return rows.map((r) => r.n);
  };

  it('agrees on the cases worked out by hand', async () => {
    const cases: [string, string, number][] = [
      ['2027-01-01T10:00:00Z', '2027-01-15T09:00:00Z', 10],
      ['2027-01-01T10:00:00Z', '2027-01-04T10:00:00Z', 1],
      ['2027-01-02T10:00:00Z', '2027-01-03T10:00:00Z', 0],
      ['2027-01-05T10:00:00Z', '2027-01-04T10:00:00Z', 0],
      ['2027-01-02T23:59:00Z', '2027-01-18T00:00:00Z', 11],
      ['1969-12-26T12:00:00Z', '1970-01-02T12:00:00Z', 5],
      ['2027-01-04T08:00:00Z', '2027-01-04T17:00:00Z', 0],
    ];
    expect(await inSql(cases.map(([f, t]) => [new Date(f), new Date(t)]))).toEqual(cases.map(([, , n]) => n));
  });

  it('equals the code for any two instants up to years apart, from every weekday', async () => {
    const instant = fc.date({ min: new Date('1960-01-01T00:00:00Z'), max: new Date('2060-12-31T23:59:59Z'), noInvalidDate: true });
    const pairs = fc.sample(
      fc.tuple(instant, fc.integer({ min: -3 * 86_400_000, max: 800 * 86_400_000 })).map(([from, offset]): [Date, Date] => [from, new Date(from.getTime() + offset)]),
      { numRuns: 3000, seed: 20261203 },
    );
    // Every start weekday with every leftover of 0 to 6 days, at the day's edges.
    for (let d = 0; d < 7; d++) for (let left = 0; left < 15; left++) {
      const from = new Date(Date.UTC(2027, 0, 4 + d, 23, 59, 59, 999));
      pairs.push([from, new Date(Date.UTC(2027, 0, 4 + d + left, 0, 0, 0, 0))]);
    }
    expect(await inSql(pairs)).toEqual(pairs.map(([f, t]) => workingDaysBetween(f, t)));
  });
});
