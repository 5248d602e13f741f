import { buildServer } from './app';
import { configFromEnv } from './config';
import { OperatorError } from './errors';
import { listen } from './listen';

/** `npm run sync-server -- <command>`; `serve` is what `npm start` runs. */
async function main(argv: string[]): Promise<void> {
  const [command = 'serve'] = argv;
  const config = configFromEnv();
  switch (command) {
    case 'serve': {
      const app = await buildServer(config);
      await listen(app, config.port, config.host);
      const shown = `http://localhost:${config.port}`;
      console.log(`\nRelais est prêt : ${shown}\nDonnées : ${config.dataDir}\n`);
      const stop = () => void app.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    default:
      throw new OperatorError(`Commande inconnue « ${command} ».`);
  }
}

main(process.argv.slice(2).filter((a) => a !== '--demo')).catch((e: unknown) => {
  if (e instanceof OperatorError) {
    console.error(`\nErreur : ${e.message}\n`);
  } else {
    console.error(e);
  }
  process.exit(1);
});
