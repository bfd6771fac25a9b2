import type { StayDto } from '@stayzr/shared';

export const STAY_STATUS_LABELS: Record<StayDto['status'], string> = {
  booked: 'Booked',
  checked_in: 'In house',
  checked_out: 'Checked out',
  canceled: 'Canceled',
  no_show: 'No-show',
};

export const STAY_STATUS_COLORS: Record<StayDto['status'], string> = {
  booked: 'blue',
  checked_in: 'teal',
  checked_out: 'gray',
  canceled: 'red',
  no_show: 'orange',
};
