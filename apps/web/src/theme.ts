import { Badge, createTheme, Modal } from '@mantine/core';

// Stayzr's own colour; an organization's branding colour will replace `primaryColor` once branding exists.
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // Badges carry a status or a role: squeezed into a narrow table column they must not shrink to "S…".
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
    Modal: Modal.extend({
      defaultProps: { radius: 'lg', padding: 'lg', overlayProps: { backgroundOpacity: 0.45, blur: 2 } },
      styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } },
    }),
  },
});
