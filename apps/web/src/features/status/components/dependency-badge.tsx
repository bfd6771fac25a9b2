import { Badge } from '@mantine/core';

export function DependencyBadge({ ok }: { ok: boolean }) {
  return (
    <Badge color={ok ? 'teal' : 'red'} variant="light" size="lg">
      {ok ? 'OK' : 'Down'}
    </Badge>
  );
}
