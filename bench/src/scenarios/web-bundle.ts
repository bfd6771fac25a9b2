import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { progress } from '../lib/log.js';
import { REPO_ROOT } from '../lib/processes.js';
import { spread } from '../lib/stats.js';
import type { Scenario, ScenarioResult } from './types.js';

const WEB_DIR = join(REPO_ROOT, 'apps', 'web');
const TARGET_KB = 250;

/** `vite build` of apps/web into `outDir` (never into apps/web/dist, which belongs to the web app's owners). */
export async function buildWeb(outDir: string): Promise<number> {
  const started = Date.now();
  await promisify(execFile)(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: WEB_DIR, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
  );
  const ms = Date.now() - started;
  progress('setup', `web app built in ${ms} ms`);
  return ms;
}

export function existingWebDist(): string | null {
  const dir = join(WEB_DIR, 'dist');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

interface BundleReport {
  initialJs: BundleFile[];
  initialJsGzipBytes: number;
  initialJsBytes: number;
  initialCssGzipBytes: number;
  lazyJsGzipBytes: number;
  lazyJsFiles: number;
}

const gzipSize = (content: Buffer) => gzipSync(content, { level: 9 }).length;

/**
 * What the browser must download before the app can start: the entry script of index.html and every
 * module it preloads. Other chunks load on demand (lazy routes) and are reported apart.
 */
export function measureBundle(distDir: string): BundleReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) refs.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) refs.add(match[1]!);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  const file = (ref: string) => {
    const path = join(distDir, ref.replace(/^\//, ''));
    const content = readFileSync(path);
    return { file: ref, bytes: content.length, gzipBytes: gzipSize(content) };
  };
  const initialJs = [...refs].map(file);
  const assets = join(distDir, 'assets');
  const allJs = existsSync(assets) ? readdirSync(assets).filter((name) => name.endsWith('.js')) : [];
  const lazy = allJs.map((name) => `/assets/${name}`).filter((ref) => !refs.has(ref));
  return {
    initialJs,
    initialJsGzipBytes: initialJs.reduce((total, entry) => total + entry.gzipBytes, 0),
    initialJsBytes: initialJs.reduce((total, entry) => total + entry.bytes, 0),
    initialCssGzipBytes: css.map(file).reduce((total, entry) => total + entry.gzipBytes, 0),
    lazyJsGzipBytes: lazy.map(file).reduce((total, entry) => total + entry.gzipBytes, 0),
    lazyJsFiles: lazy.length,
  };
}

const kb = (bytes: number) => bytes / 1024;

export const webBundleScenario: Scenario = {
  id: 'web-bundle',
  title: 'Web bundle: initial JS, gzip',
  async run(context): Promise<ScenarioResult> {
    const { distDir, source } = context.web;
    if (!distDir) {
      return {
        scenario: this.id,
        title: this.title,
        params: {},
        runs: [],
        summary: {},
        rows: [
          {
            scenario: 'web bundle',
            measured: 'no build of apps/web available',
            baseline: '–',
            target: `≤ ${TARGET_KB} KB`,
            met: null,
            verdict: 'not measured',
          },
        ],
        notes: ['apps/web/dist is missing and this run did not build it.'],
      };
    }
    // The build is deterministic; measuring it three times guards the gzip step, not the build.
    const runs = Array.from({ length: context.profile.runs }, () => measureBundle(distDir));
    const report = runs[0]!;
    const size = spread(
      runs.map((run) => kb(run.initialJsGzipBytes)),
      1,
    );
    const builtAt = statSync(join(distDir, 'index.html')).mtime.toISOString();
    return {
      scenario: this.id,
      title: this.title,
      params: { distDir: source, builtAt, gzipLevel: 9 },
      runs,
      summary: {
        initialJsGzipKB: size,
        initialJsKB: kb(report.initialJsBytes),
        initialCssGzipKB: kb(report.initialCssGzipBytes),
        lazyJsGzipKB: kb(report.lazyJsGzipBytes),
      },
      rows: [
        {
          scenario: 'web bundle',
          measured: `${size.median.toFixed(1)} KB initial JS gzip (${kb(report.initialJsBytes).toFixed(0)} KB raw, ${report.initialJs.length} file(s)); CSS ${kb(report.initialCssGzipBytes).toFixed(1)} KB gz; lazy ${kb(report.lazyJsGzipBytes).toFixed(1)} KB gz in ${report.lazyJsFiles} chunk(s)`,
          baseline: '–',
          target: `≤ ${TARGET_KB} KB`,
          met: size.median <= TARGET_KB,
        },
      ],
      notes: [
        `Measured on ${source}. Initial JS = the entry script of index.html plus its modulepreload links, gzip -9.`,
      ],
    };
  },
};
