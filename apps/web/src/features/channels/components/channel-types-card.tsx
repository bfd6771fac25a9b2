import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ChannelProviderInfo, SubscriptionDto } from '@stayzr/shared';
import { IconPlus, IconTrendingUp } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ChannelIcon } from '../../../ui/channel-icon';
import { PlanBadge, planPageFor } from '../../plan/components/upgrade-hint';
import { upgradeLabel } from '../../plan/lib/plan-hints';
import { channelTypeOptions } from '../lib/channel-types';

/** Each kind of channel, the plan that includes it, and what the admin can do about it now. */
export function ChannelTypesCard({
  subscription,
  onAdd,
}: {
  subscription: SubscriptionDto;
  onAdd: (provider: ChannelProviderInfo) => void;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="channel-types-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="channel-types-title">
          Channel types
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          {channelTypeOptions(subscription).map((option) => (
            <Card
              key={option.type}
              withBorder
              padding="md"
              radius="md"
              aria-label={`${option.label} channels`}
            >
              <Stack gap="sm" h="100%" justify="space-between">
                <Stack gap="xs">
                  <Group gap="sm" wrap="nowrap">
                    <ChannelIcon type={option.type} framed muted={option.state !== 'connect'} />
                    <Stack gap={2}>
                      <Text fw={600}>{option.label}</Text>
                      {option.state === 'upgrade' ? (
                        <PlanBadge plan={option.requiredPlan} />
                      ) : option.state === 'coming_soon' ? (
                        <Badge variant="outline" color="gray" size="sm" radius="sm">
                          Coming soon
                        </Badge>
                      ) : (
                        <Badge variant="light" color="teal" size="sm" radius="sm">
                          In your plan
                        </Badge>
                      )}
                    </Stack>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {option.note}
                  </Text>
                </Stack>
                {option.state === 'connect' && option.provider ? (
                  <Button
                    size="xs"
                    leftSection={<IconPlus stroke={1.75} aria-hidden size={14} />}
                    onClick={() => option.provider && onAdd(option.provider)}
                    w="fit-content"
                  >
                    Add {option.label} channel
                  </Button>
                ) : option.state === 'upgrade' ? (
                  <Button
                    component={Link}
                    to={planPageFor(option.requiredPlan)}
                    size="xs"
                    variant="light"
                    color="violet"
                    leftSection={<IconTrendingUp stroke={1.75} aria-hidden size={14} />}
                    w="fit-content"
                  >
                    {upgradeLabel(option.requiredPlan)}
                  </Button>
                ) : null}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
