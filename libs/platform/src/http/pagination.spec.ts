import { Problem } from '../errors/problem.js';
import { decodeCursor, encodeCursor, isTimestampText } from './pagination.js';

const ID = '0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d';
const forged = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('cursors', () => {
  it('reads back what a page handed out', () => {
    for (const at of ['2027-07-05 10:00:00.123456+00', '2027-07-05 10:00:00+02', '2027-07-05 10:00:00-03:30', '2028-02-29 23:59:59.1']) {
      expect(decodeCursor(encodeCursor({ at, id: ID }))).toEqual({ at, id: ID });
    }
  });

  it.each([
    ['an impossible day', { at: '2027-02-30 10:00:00+00', id: ID }],
    ['an impossible time', { at: '2027-07-05 24:00:00+00', id: ID }],
    ['an offset no zone has', { at: '2027-07-05 10:00:00+16', id: ID }],
    ['year zero', { at: '0000-01-01 00:00:00+00', id: ID }],
    ['an id that is no UUID', { at: '2027-07-05 10:00:00+00', id: 'x' }],
    ['an id of dashes', { at: '2027-07-05 10:00:00+00', id: '-'.repeat(36) }],
    ['a missing id', { at: '2027-07-05 10:00:00+00' }],
    ['a number for the moment', { at: 1, id: ID }],
  ])('a made-up cursor with %s is a 400 naming cursor, never a query PostgreSQL refuses', (_what, value) => {
    let thrown: unknown;
    try {
      decodeCursor(forged(value));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Problem);
    expect((thrown as Problem).errors).toEqual([{ field: 'cursor', message: 'must be a nextCursor returned by a previous page' }]);
  });

  it('is not fooled by what is not JSON', () => {
    expect(() => decodeCursor('abc')).toThrow(Problem);
    expect(isTimestampText(undefined)).toBe(false);
  });
});
