import { Badge, Tooltip } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { getLiveState, subscribeLiveState } from '../lib/live-events';

/** Whether live updates are flowing: "Live", or why they are paused. */
export function LiveIndicator() {
  const state = useSyncExternalStore(subscribeLiveState, getLiveState, getLiveState);
  if (state === 'live') {
    return (
      <Tooltip label="New messages appear as they arrive">
        <Badge size="xs" variant="dot" color="teal">
          Live
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Tooltip label="Updates are paused until the connection is back; nothing is lost.">
      <Badge
        size="xs"
        variant="light"
        color={state === 'offline' ? 'red' : 'yellow'}
        leftSection={<IconWifiOff stroke={1.75} aria-hidden size={10} />}
        role="status"
      >
        {state === 'offline' ? 'Offline' : 'Connecting…'}
      </Badge>
    </Tooltip>
  );
}
