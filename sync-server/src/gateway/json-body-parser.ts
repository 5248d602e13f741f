import type { FastifyError, FastifyInstance } from 'fastify';
import { badRequest } from './http-error';
import { scanJson } from './json-guard';

/** [B1]–[B6] Our own JSON parser: fastify checks the size first (413), then the text is scanned. */
export function registerJsonBodyParser(sync: FastifyInstance, maxDepth: number): void {
  sync.removeAllContentTypeParsers();
  sync.addContentTypeParser('application/json', { parseAs: 'string' }, (req, text, done) => {
    const scan = scanJson(text as string, maxDepth);
    if (scan.fatal) return done(badRequest(scan.fatal) as unknown as FastifyError, undefined);
    try {
      const body: unknown = JSON.parse(text as string);
      req.sync.jsonIssues = scan.issues;
      req.sync.elementLengths = scan.elementLengths;
      done(null, body);
    } catch {
      done(badRequest('JSON invalide') as unknown as FastifyError, undefined);
    }
  });
}
