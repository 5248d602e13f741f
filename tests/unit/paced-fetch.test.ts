import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacedFetch, retryAfterMs } from '../../src/sync/paced-fetch';

let server: Server;
let url: string;
const refusals = new Map<string, number>();

beforeAll(async () => {
  // Refuses each URL as many times as its name says, with the Retry-After its query gives, then answers 200.
  server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const left = refusals.get(req.url ?? '') ?? Number(u.pathname.split('/')[1]);
    refusals.set(req.url ?? '', left - 1);
    if (left > 0) {
      const after = u.searchParams.get('after');
      res.writeHead(429, after === null ? {} : { 'retry-after': after });
      res.end('{"error":"too_many_requests"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: req.method }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('pacedFetch', () => {
  it('waits as long as Retry-After asks and sends the request again', async () => {
    const waits: number[] = [];
    const paced = pacedFetch(fetch, { sleep: async (ms) => void waits.push(ms) });
    const res = await paced(`${url}/2?after=1`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ method: 'POST' });
    expect(waits).toEqual([1000, 1000]);
  });

  it('gives the refusal back after its retries, or when the server names no wait or too long a one', async () => {
    const paced = pacedFetch(fetch, { retries: 2, maxWaitMs: 5000, sleep: () => Promise.resolve() });
    expect((await paced(`${url}/9?after=0`)).status).toBe(429);
    expect((await paced(`${url}/1`)).status).toBe(429);
    expect((await paced(`${url}/1/b?after=60`)).status).toBe(429);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
