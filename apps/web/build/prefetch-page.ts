import type { Plugin } from 'vite';

/**
 * Adds `<link rel="prefetch">` for a lazily loaded page and the chunks it imports, so the browser fetches
 * them while it is still parsing the entry instead of when the app's code asks for them (the inbox: where
 * staff land, after signing in too, and what deep links open; app.tsx asks for it at start-up anyway).
 * Prefetch, not modulepreload: low priority, never in the way of the entry, and not part of the initial JS.
 */
export function prefetchPage(pageModuleSuffix: string): Plugin {
  return {
    name: 'stayzr-prefetch-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
        const page = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(pageModuleSuffix));
        if (!page) throw new Error(`prefetchPage: no chunk for ${pageModuleSuffix}`);
        // What the entry already loads (its static imports) needs no hint.
        const initial = new Set<string>();
        const collect = (fileName: string, into: Set<string>) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || into.has(fileName)) return;
          into.add(fileName);
          for (const imported of chunk.imports) collect(imported, into);
        };
        for (const entry of chunks.filter((chunk) => chunk.isEntry)) collect(entry.fileName, initial);
        const wanted = new Set<string>();
        collect(page.fileName, wanted);
        const files = [...wanted].filter((fileName) => !initial.has(fileName));
        const styles = [...(page.viteMetadata?.importedCss ?? [])];
        return [
          ...files.map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'prefetch', href: `/${fileName}`, as: 'script', crossorigin: '' },
            injectTo: 'head' as const,
          })),
          ...styles.map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'prefetch', href: `/${fileName}`, as: 'style' },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
