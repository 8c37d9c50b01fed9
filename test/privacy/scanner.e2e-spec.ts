import { findCanaries } from './scanner.js';

describe('canary matching', () => {
  it('finds a digit canary standing alone, not inside ids', () => {
    const c = { pc4: '9901' };
    expect(findCanaries('{"pc4":"9901"}', c)).toEqual([{ label: 'pc4', canary: '9901' }]);
    expect(findCanaries('woont in 9901 AB', c)).toHaveLength(1);
    expect(findCanaries('{"reqId":"ee9591bd-788a-426c-9901-71ba1e7d9b6c"}', c)).toEqual([]);
    expect(findCanaries('token abc9901def', c)).toEqual([]);
  });

  it('finds a text canary escaped in JSON or a URL', () => {
    const c = { notes: 'CANARY-notes-1a2b3c4d' };
    expect(findCanaries(JSON.stringify({ x: JSON.stringify({ n: 'CANARY-notes-1a2b3c4d' }) }), c)).toHaveLength(1);
    expect(findCanaries('/x?q=CANARY-notes-1a2b3c4d', c)).toHaveLength(1);
    expect(findCanaries('nothing here', c)).toEqual([]);
  });
});
