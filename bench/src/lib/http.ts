import { Agent, request } from 'node:http';

/** Keep-alive connections to the server under test, like a load balancer or Twilio's edge would hold. */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export interface HttpResponse {
  status: number;
  body: string;
  /** Wall time from writing the request to the end of the response. */
  ms: number;
}

/** Only 127.0.0.1: the harness never sends a request anywhere else. */
export function assertLocal(url: URL): void {
  if (url.hostname !== '127.0.0.1') throw new Error(`the harness only talks to 127.0.0.1, not ${url.host}`);
}

export function httpRequest(
  method: 'GET' | 'POST',
  target: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<HttpResponse> {
  const url = new URL(target);
  assertLocal(url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        method,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs `task(i)` for i in [0, count) with at most `concurrency` in flight; stops early past `deadline`. */
export async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
  deadline = Number.POSITIVE_INFINITY,
): Promise<number> {
  let next = 0;
  let started = 0;
  const lane = async () => {
    while (next < count && Date.now() < deadline) {
      const index = next++;
      started++;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return started;
}
