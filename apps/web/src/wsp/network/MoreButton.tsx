import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';

/** A list read a page at a time (`useInfiniteQuery`). */
export interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * "Show more" under a list the API gives page by page (following nextCursor), while there is a
 * next page. Once it has come, the focus goes to the first new item (`focus(index)`): a keyboard
 * or screen reader user goes on reading there, and the button may be gone with the last page.
 */
export function MoreButton({ pages, shown, label, focus }: { pages: Pages; shown: number; label: string; focus: (index: number) => void }) {
  const [from, setFrom] = useState<number | null>(null);
  useEffect(() => {
    if (from === null || shown <= from) return;
    focus(from);
    setFrom(null);
  }, [from, shown, focus]);
  if (!pages.hasNextPage) return null;
  return (
    <ButtonGroup>
      <Button
        appearance="secondary-action-button"
        busy={pages.isFetchingNextPage}
        onClick={() => {
          setFrom(shown);
          void pages.fetchNextPage();
        }}
      >
        {label}
      </Button>
    </ButtonGroup>
  );
}
