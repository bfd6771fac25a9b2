import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryError } from './query-error';
import { TableSkeleton } from './table-skeleton';

interface ListQuery<T> {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  data: T[] | undefined;
  refetch: () => unknown;
}

interface ListCardBodyProps<T> {
  query: ListQuery<T>;
  /** "Could not load the labels". */
  errorTitle: string;
  /** Shown when the list loaded and is empty. */
  empty: ReactNode;
  children: (rows: T[]) => ReactNode;
}

/**
 * The inside of a settings list card (labels, canned responses, knowledge articles): skeleton rows while
 * it loads, the failure with "Try again", the empty state, or the table of rows.
 */
export function ListCardBody<T>({ query, errorTitle, empty, children }: ListCardBodyProps<T>) {
  if (query.isPending) return <TableSkeleton rows={3} />;
  if (query.isError || !query.data) {
    return (
      <Stack p="lg">
        <QueryError
          title={errorTitle}
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      </Stack>
    );
  }
  return query.data.length === 0 ? empty : children(query.data);
}
