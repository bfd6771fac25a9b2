import { Button, Container, EmptyState, Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCompassOff } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  useDocumentTitle('Page not found · Stayzr');
  const { pathname } = useLocation();

  return (
    <Container size="sm" px={0} mt="xl">
      <Paper withBorder p="xl">
        <EmptyState icon={<IconCompassOff stroke={1.75} aria-hidden size={28} />} withIndicatorBackground>
          <EmptyState.Title order={1}>Page not found</EmptyState.Title>
          <EmptyState.Description>
            There is nothing at {pathname}. The link may be old or mistyped.
          </EmptyState.Description>
          <EmptyState.Actions>
            <Button component={Link} to="/">
              Go to the start page
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </Container>
  );
}
