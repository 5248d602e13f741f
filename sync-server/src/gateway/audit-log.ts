import { createWriteStream, existsSync, openSync, renameSync, statSync, unlinkSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';

/** One line per request to the endpoint, appended, never rewritten (SPEC.md [G6]). */
export interface AuditEntry {
  at: string;
  ip: string;
  device: string | null;
  /** The device id a failed login claimed. */
  claimed?: string;
  site: string | null;
  method: string;
  route: string;
  db: string | null;
  status: number;
  accepted: number;
  refused: number;
  reasons: { id: string; reason: string }[];
  ms: number;
}

/**
 * The audit log, rotated by size ([G9]): `audit.log` and at most `files - 1` older ones
 * (`audit.log.1` the most recent); the oldest is dropped. Created `0600` ([G8]).
 */
export class AuditLog {
  readonly path: string;
  #out: WriteStream;
  #bytes: number;
  constructor(
    dataDir: string,
    private readonly maxBytes = 20 * 1024 * 1024,
    private readonly files = 5,
  ) {
    this.path = join(dataDir, 'audit.log');
    this.#bytes = existsSync(this.path) ? statSync(this.path).size : 0;
    this.#out = this.#open();
  }

  /** Opened at once, not when the stream gets to it: a rotation right after must rename the file these lines go to. */
  #open(): WriteStream {
    return createWriteStream(this.path, { fd: openSync(this.path, 'a', 0o600) });
  }

  write(entry: AuditEntry): void {
    const line = `${JSON.stringify(entry)}\n`;
    if (this.#bytes + line.length > this.maxBytes && this.#bytes > 0) this.#rotate();
    this.#bytes += Buffer.byteLength(line);
    this.#out.write(line);
  }

  /** Renames while the old stream drains: its descriptor follows the renamed file, so no line is lost. */
  #rotate(): void {
    this.#out.end();
    const name = (i: number) => (i === 0 ? this.path : `${this.path}.${i}`);
    if (this.files <= 1) unlinkSync(this.path);
    else {
      if (existsSync(name(this.files - 1))) unlinkSync(name(this.files - 1));
      for (let i = this.files - 2; i >= 0; i--) if (existsSync(name(i))) renameSync(name(i), name(i + 1));
    }
    this.#bytes = 0;
    this.#out = this.#open();
  }

  /** Resolves once every line written so far is in the file (stream writes complete in order), for readers of the log. */
  flush(): Promise<void> {
    return new Promise((resolve, reject) => this.#out.write('', (e) => (e ? reject(e) : resolve())));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#out.end(resolve));
  }
}
