import fc from 'fast-check';
import pg from 'pg';
import { workingDaysBetween, workingDaysBetweenSql, workingDaysCutoffSql } from '@startbaan/placements';
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

  it('draws the cutoff where the count reaches the days: every start before it has waited that long, none from it on', async () => {
    const instant = fc.date({ min: new Date('1965-01-01T00:00:00Z'), max: new Date('2060-12-31T23:59:59Z'), noInvalidDate: true });
    const cases = fc.sample(fc.tuple(instant, fc.integer({ min: 0, max: 40 })), { numRuns: 400, seed: 20261204 });
    // Every weekday for `to`, at the day's edges, with the SLAs regions use.
    for (let d = 0; d < 7; d++) for (const days of [0, 1, 2, 5, 10]) {
      cases.push([new Date(Date.UTC(2027, 0, 4 + d, 0, 0, 0, 0)), days], [new Date(Date.UTC(2027, 0, 4 + d, 23, 59, 59, 999)), days]);
    }
    const { rows } = await client.query<{ cutoff: Date }>(
      `SELECT ${workingDaysCutoffSql('n', 't')} AS cutoff FROM unnest($1::timestamptz[], $2::int[]) WITH ORDINALITY AS x(t, n, i) ORDER BY i`,
      [cases.map(([t]) => t.toISOString()), cases.map(([, n]) => n)],
    );
    const wrong: string[] = [];
    cases.forEach(([to, days], i) => {
      const cutoff = rows[i]!.cutoff;
      // The last instant before the cutoff has waited the days, the cutoff itself not (unless it lies after `to`, where no start is asked about).
      if (workingDaysBetween(new Date(cutoff.getTime() - 1), to) < days) wrong.push(`${to.toISOString()} ${days}: just before ${cutoff.toISOString()} too few`);
      if (cutoff <= to && workingDaysBetween(cutoff, to) >= days) wrong.push(`${to.toISOString()} ${days}: ${cutoff.toISOString()} itself enough`);
      // Each start in the two weeks around the cutoff, hour by hour, on the side the count says.
      for (let h = -24 * 7; h <= 24 * 7; h += 5) {
        const start = new Date(cutoff.getTime() + h * 3_600_000);
        if (start > to) continue;
        if (start < cutoff !== workingDaysBetween(start, to) >= days) wrong.push(`${to.toISOString()} ${days}: start ${start.toISOString()}`);
      }
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
