import { onlyRow } from './rows.js';

describe('onlyRow', () => {
  it('gives the first row of a statement', () => {
    expect(onlyRow([{ id: 'a' }, { id: 'b' }], 'the test rows')).toEqual({ id: 'a' });
  });

  it('throws, naming what was asked, when the statement gave no row', () => {
    expect(() => onlyRow([], 'the new proposal')).toThrow('the new proposal: the statement returned no row');
  });
});
