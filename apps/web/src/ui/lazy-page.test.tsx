import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { renderText } from '../testing/render-text';
import { lazyPage } from './lazy-page';

function Greeting() {
  return <p>Good morning</p>;
}

describe('lazyPage', () => {
  it('shows the fallback while the page is not loaded yet', () => {
    const Page = lazyPage(() => new Promise<{ Greeting: typeof Greeting }>(() => {}), 'Greeting');
    expect(renderText(<Suspense fallback={<p>Loading</p>}>{<Page />}</Suspense>)).toBe('Loading');
  });

  it('renders a preloaded page at once, without suspending', async () => {
    const Page = lazyPage(async () => ({ Greeting }), 'Greeting');
    await Page.preload();
    expect(renderText(<Suspense fallback={<p>Loading</p>}>{<Page />}</Suspense>)).toBe('Good morning');
  });
});
