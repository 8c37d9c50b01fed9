/** One page of a list as the API gives it. */
export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every page of a list that stays short (a coach's own youths, proposals or programme entries),
 * following `nextCursor`; `page(cursor)` fetches one page. At most `maxPages` pages are asked for,
 * so that a list that grew past what a page shows whole cannot keep the browser busy.
 */
export async function allPages<T>(page: (cursor: string | undefined) => Promise<PageOf<T>>, maxPages = 20): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const p = await page(cursor);
    items.push(...p.items);
    if (!p.nextCursor) break;
    cursor = p.nextCursor;
  }
  return items;
}
