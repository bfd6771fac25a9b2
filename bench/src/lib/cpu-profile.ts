import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

export interface ProfileSummary {
  file: string;
  sampledSeconds: number;
  /** Self time by function, heaviest first. */
  topFunctions: { name: string; selfMs: number; share: number }[];
  /** Self time by package (node_modules/<pkg>), workspace folder, or `node:` internals. */
  byPackage: { name: string; selfMs: number; share: number }[];
}

function packageOf(url: string): string {
  if (!url) return '(native / garbage collection / idle)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const workspace = /\/work\/main\/(apps\/[^/]+|packages\/[^/]+|prisma)\//.exec(url);
  return workspace?.[1] ?? url;
}

/** Summarises a V8 `.cpuprofile` (node --cpu-prof) into where the self time went. */
export function summarizeProfile(path: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const totalHits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const msPerHit = totalHits ? totalMs / totalHits : 0;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '');
    const name = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const pkg = functionName === '(idle)' ? '(idle)' : packageOf(url.replace(/^file:\/\//, ''));
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
  }
  const ranked = (map: Map<string, number>, limit: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, hits]) => ({
        name,
        selfMs: Math.round(hits * msPerHit),
        share: Math.round((hits / totalHits) * 1000) / 10,
      }));
  return {
    file: path,
    sampledSeconds: Math.round(totalMs / 100) / 10,
    topFunctions: ranked(byFunction, top),
    byPackage: ranked(byPackage, top),
  };
}

/** The main-thread profiles of the given processes (loader-hook threads of tsx are left out). */
export function summarizeProfiles(
  dir: string,
  processes: Record<string, number | undefined>,
): ProfileSummary[] {
  const summaries: ProfileSummary[] = [];
  for (const name of readdirSync(dir)) {
    const [, , , pid, thread] = name.split('.');
    const label = Object.entries(processes).find(([, value]) => String(value) === pid)?.[0];
    if (!label || thread !== '0' || !name.endsWith('.cpuprofile')) continue;
    summaries.push({ ...summarizeProfile(join(dir, name)), file: `${label} (pid ${pid})` });
  }
  return summaries;
}
