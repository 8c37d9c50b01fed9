import { CELL_KEY_METHOD, type CellKeyMethod, MAX_ERROR, protectedView, ROUNDING_BASE, snapshotFigures } from '@startbaan/programmes/monitoring';
import type { Method } from './attacker.js';
import { oldSuppressedView } from './old-rule.js';
import { SECTOR_LABELS } from './programmes.js';

/** The rule WSP reports had before: small cells suppressed, the rest exact. */
export const OLD_RULE: Method = {
  name: 'old suppression rule',
  publish: (m) => oldSuppressedView(snapshotFigures(m.youths, SECTOR_LABELS).programme),
  reading: 'exact-or-hidden',
  keyed: false,
  maxError: 0,
};

const cellKey = (name: string, method: CellKeyMethod): Method => ({
  name,
  publish: (m) => protectedView(snapshotFigures(m.youths, SECTOR_LABELS), method),
  reading: 'rounded',
  keyed: true,
  maxError: method.shiftProbability > 0 ? MAX_ERROR : ROUNDING_BASE - 1,
});

/** The method the API applies. */
export const CELL_KEY = cellKey('cell-key method', CELL_KEY_METHOD);

/** Parts of it, to measure what each adds. */
export const ROUNDING_ONLY = cellKey('cell-key rounding without shift or guard', { shiftProbability: 0, guard: false });
export const ROUNDING_AND_GUARD = cellKey('cell-key rounding with the guard, without shift', { shiftProbability: 0, guard: true });
export const SHIFT_WITHOUT_GUARD = cellKey('cell-key rounding with shift, without the guard', { shiftProbability: CELL_KEY_METHOD.shiftProbability, guard: false });
