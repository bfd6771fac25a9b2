import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { ApiProvider } from '../lib/api-provider';

/** Server-renders `ui` and returns the page as a user reads it. */
export function renderText(ui: ReactNode): string {
  return visibleText(renderToString(<MantineProvider>{ui}</MantineProvider>));
}

/** Markup, React's text separators and styles dropped, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** As `renderText`, for components that use tRPC hooks; nothing is fetched while rendering to a string. */
export function renderTextWithApi(ui: ReactNode): string {
  return renderText(<ApiProvider>{ui}</ApiProvider>);
}
