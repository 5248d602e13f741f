import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * [G5] CORS for exactly the app's origin, by @fastify/cors. Any other origin gets no header, and its
 * preflight falls through to the 404 of the allow-list.
 */
export async function registerCors(sync: FastifyInstance, appOrigin: string | undefined): Promise<void> {
  await sync.register(cors, {
    origin: (origin, cb) => cb(null, !!appOrigin && origin === appOrigin),
    credentials: true,
    methods: ['GET', 'PUT', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'accept'],
    maxAge: 600,
    strictPreflight: false,
  });
}
