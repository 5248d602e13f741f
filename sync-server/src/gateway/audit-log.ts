import { createWriteStream, type WriteStream } from 'node:fs';
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

export class AuditLog {
  readonly path: string;
  readonly #out: WriteStream;
  constructor(dataDir: string) {
    this.path = join(dataDir, 'audit.log');
    this.#out = createWriteStream(this.path, { flags: 'a' });
  }
  write(entry: AuditEntry): void {
    this.#out.write(`${JSON.stringify(entry)}\n`);
  }
  close(): Promise<void> {
    return new Promise((resolve) => this.#out.end(resolve));
  }
}
