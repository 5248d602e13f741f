import type { FastifyInstance } from 'fastify';
import { OperatorError } from './errors';

export async function listen(app: FastifyInstance, port: number, host: string): Promise<string> {
  try {
    return await app.listen({ port, host });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new OperatorError(
        `Le port ${port} est déjà utilisé par un autre programme. Arrêtez-le ou choisissez un autre port : PORT=8081 npm start`,
      );
    }
    if (code === 'EACCES') throw new OperatorError(`Le port ${port} est réservé : choisissez un port au-dessus de 1024 (PORT=8080).`);
    throw e;
  }
}
