import { buildHandlerMap, HandlerRegistryError } from './event-dispatcher.js';

const handler = { handle: async () => undefined };

describe('one handler per job name', () => {
  it('maps each routed event type to its handler', () => {
    const map = buildHandlerMap([{ type: 'a', name: 'A', handler }], ['a']);
    expect(map.get('a')).toBe(handler);
  });

  it('refuses a routed type without a handler, one with two, and a handler for an unknown type, all at once', () => {
    const found = [
      { type: 'b', name: 'B1', handler },
      { type: 'b', name: 'B2', handler },
      { type: 'z', name: 'Z', handler },
    ];
    expect(() => buildHandlerMap(found, ['a', 'b'])).toThrow(HandlerRegistryError);
    expect(() => buildHandlerMap(found, ['a', 'b'])).toThrow(
      'Job handlers are not one per job name: no handler for "a"; "b" has 2 handlers (B1, B2); handler for unknown event "z" (add it to EVENT_ROUTES)',
    );
  });
});
