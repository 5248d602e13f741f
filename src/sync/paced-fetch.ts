/**
 * The fetch a terminal's replication uses. The gateway answers `429` (over the device's rate, [A4]) and
 * `503` (over its in-flight budget) with `Retry-After`; a terminal with a long backlog on a fast network
 * can reach the rate, and failing the whole sync for it would be wrong. So the request waits as long as
 * the server asks (bounded) and is sent again; only a server that keeps refusing fails the sync.
 */
export interface PacedFetchOptions {
  /** How many times one request is sent again before its refusal is returned. */
  retries?: number;
  /** The longest wait accepted from `Retry-After`, in milliseconds. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The wait a `Retry-After` header asks for, in milliseconds (seconds or an HTTP date), or undefined. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function pacedFetch(inner: typeof fetch, o: PacedFetchOptions = {}): typeof fetch {
  const retries = o.retries ?? 5;
  const maxWaitMs = o.maxWaitMs ?? 30_000;
  const sleep = o.sleep ?? wait;
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const res = await inner(input, init);
      if ((res.status !== 429 && res.status !== 503) || attempt >= retries) return res;
      const ms = retryAfterMs(res.headers.get('retry-after'));
      // A refusal without Retry-After (a proxy, a lockout answer) is not ours to wait out.
      if (ms === undefined || ms > maxWaitMs) return res;
      await res.body?.cancel();
      await sleep(ms);
    }
  };
}
