import { Anchor, Box, Center, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Brand } from '../../../ui/brand';
import { ColorSchemeToggle } from '../../../ui/color-scheme-toggle';

interface AuthLayoutProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** The signed-out pages (sign in, accept an invitation): one card in the middle of a quiet page. */
export function AuthLayout({ title, description, children }: AuthLayoutProps) {
  return (
    <Box
      mih="100vh"
      style={{
        // light-dark() takes colours only, so the gradient is a translucent wash that suits both themes.
        backgroundColor: 'light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))',
        backgroundImage:
          'radial-gradient(ellipse 80% 50% at 50% 0%, rgba(18, 184, 134, 0.14), transparent 70%)',
      }}
    >
      <Group justify="flex-end" p="md">
        <ColorSchemeToggle />
      </Group>
      <Container size={440} pb={48}>
        <Stack gap="xl">
          <Center>
            <Brand />
          </Center>
          <Paper withBorder shadow="sm" p={32} radius="lg" component="main">
            <Stack gap="lg">
              <Stack gap={6}>
                <Title order={1} size="h2">
                  {title}
                </Title>
                {description ? (
                  <Text c="dimmed" size="sm">
                    {description}
                  </Text>
                ) : null}
              </Stack>
              {children}
            </Stack>
          </Paper>
          <Text ta="center" size="sm" c="dimmed">
            Trouble signing in? Check the{' '}
            <Anchor component={Link} to="/status" size="sm">
              system status
            </Anchor>{' '}
            or ask your hotel’s administrator.
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
