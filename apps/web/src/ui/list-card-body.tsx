import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryError } from './query-error';
import { TableSkeleton } from './table-skeleton';

interface ListQuery {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface ListCardBodyProps<T> {
  query: ListQuery;
  /** What the query loaded; for paged lists, every page's rows flattened. */
  rows: T[] | undefined;
  /** "Could not load the labels". */
  errorTitle: string;
  /** Shown when the list loaded and is empty. */
  empty: ReactNode;
  skeletonRows?: number;
  children: (rows: T[]) => ReactNode;
}

/**
 * The inside of a list card (labels, canned responses, knowledge articles, audit logs): skeleton rows
 * while it loads, the failure with "Try again" (rows already shown stay when a later page fails), the
 * empty state, or the rows.
 */
export function ListCardBody<T>({
  query,
  rows,
  errorTitle,
  empty,
  skeletonRows = 3,
  children,
}: ListCardBodyProps<T>) {
  if (query.isPending) return <TableSkeleton rows={skeletonRows} />;
  if (!rows?.length && query.isError) {
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
  return !rows?.length ? empty : children(rows);
}
