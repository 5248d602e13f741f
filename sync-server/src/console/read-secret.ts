import { createInterface } from 'node:readline';

/** Reads one line without echoing it on a terminal; from a pipe (scripts, tests), the next line. */
export function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) return nextPipedLine();
  return new Promise((resolve, reject) => {
    process.stdout.write(prompt);
    let text = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          done();
          process.stdout.write('\n');
          return resolve(text);
        }
        if (ch === '\u0003') {
          done();
          return reject(new Error('interrompu'));
        }
        if (ch === '\u007f' || ch === '\b') text = [...text].slice(0, -1).join('');
        else text += ch;
      }
    };
    const done = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
    };
    input.on('data', onData);
  });
}

let piped: AsyncIterator<string> | undefined;
async function nextPipedLine(): Promise<string> {
  piped ??= createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  const r = await piped.next();
  return r.done ? '' : r.value;
}
