import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { HotelFactsDto } from '@stayzr/shared';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';

const FIELDS: { key: keyof HotelFactsDto; label: string; placeholder: string }[] = [
  { key: 'checkInTime', label: 'Check-in from', placeholder: '15:00' },
  { key: 'checkOutTime', label: 'Check-out until', placeholder: '11:00' },
  { key: 'wifiNetwork', label: 'Wi-Fi network', placeholder: 'Hotel-Guest' },
  { key: 'wifiPassword', label: 'Wi-Fi password', placeholder: '' },
  { key: 'breakfastHours', label: 'Breakfast hours', placeholder: '07:00-10:30' },
  { key: 'parking', label: 'Parking', placeholder: 'Private garage, EUR 18 per night' },
  { key: 'address', label: 'Address', placeholder: '' },
];

/** Structured facts: the AI answers them in the guest's language, templates can use them. */
export function FactsCard({ canEdit }: { canEdit: boolean }) {
  const facts = trpc.knowledge.facts.get.useQuery();
  const utils = trpc.useUtils();
  const [values, setValues] = useState<Record<string, string>>({});
  useEffect(() => {
    if (facts.data) {
      setValues(Object.fromEntries(FIELDS.map((f) => [f.key, facts.data[f.key] ?? ''])));
    }
  }, [facts.data]);
  const update = trpc.knowledge.facts.update.useMutation({
    onSuccess: (data) => {
      utils.knowledge.facts.get.setData(undefined, data);
      notifications.show({ color: 'green', message: 'Hotel facts saved.' });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });
  return (
    <Card withBorder>
      <Stack>
        <div>
          <Text fw={600}>Hotel facts</Text>
          <Text size="sm" c="dimmed">
            Answered directly in English, Portuguese and Spanish.
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {FIELDS.map((field) => (
            <TextInput
              key={field.key}
              label={field.label}
              placeholder={field.placeholder}
              value={values[field.key] ?? ''}
              readOnly={!canEdit}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((current) => ({ ...current, [field.key]: value }));
              }}
            />
          ))}
        </SimpleGrid>
        {canEdit ? (
          <Group justify="flex-end">
            <Button
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  Object.fromEntries(
                    FIELDS.map((f) => [f.key, values[f.key]?.trim() || null]),
                  ) as unknown as HotelFactsDto,
                )
              }
            >
              Save facts
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
