/**
 * The k best items under `better` (a comparator: negative when a ranks before b), in order,
 * without sorting everything: a sorted buffer of at most k, where most items lose against the
 * current k-th and cost one comparison. Equal to `[...items].sort(better).slice(0, k)` for a
 * total order.
 */
export function topK<T>(items: Iterable<T>, k: number, better: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (k <= 0) return best;
  for (const item of items) {
    if (best.length === k && better(item, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(item, best[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
