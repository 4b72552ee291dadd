// A list read page by page (keyset cursors), grown by « Afficher plus »: the admin and
// commune lists, which the API bounds to 50 rows a request.

import { useEffect, useState } from 'preact/hooks';
import { gql, type Arguments } from './api';
import type { TypedDocumentString } from './gql/graphql';
import { describe } from './ui';

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

/** `document` takes `$after: String`; `page` finds its `{ totalCount pageInfo { hasNextPage endCursor } nodes { … } }`. */
export function usePaged<R, V extends { after?: string | null }, T>(
  document: TypedDocumentString<R, V>,
  page: (data: R) => Connection<T>,
  variables: Omit<V, 'after'>,
  deps: unknown[],
) {
  const [nodes, setNodes] = useState<T[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);

  const load = async (after: string | null, append: boolean) => {
    setBusy(true);
    try {
      const data = await gql(document, ...([{ ...variables, after }] as Arguments<V>));
      const read = page(data);
      setNodes((current) => (append ? [...current, ...read.nodes] : read.nodes));
      setTotal(read.totalCount);
      setCursor(read.pageInfo.endCursor);
      setHasMore(read.pageInfo.hasNextPage);
      setError(null);
    } catch (failure) {
      setError(describe(failure));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    void load(null, false);
  }, [...deps, revision]);

  const more = hasMore ? (
    <button type="button" disabled={busy} onClick={() => void load(cursor, true)}>
      Afficher plus ({nodes.length} sur {total})
    </button>
  ) : null;
  return { nodes, total, error, more, reload: () => setRevision((n) => n + 1) };
}
