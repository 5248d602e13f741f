import { access, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostics, YamlSource } from './diagnostics';

export class SourceReader {
  constructor(
    readonly root: string,
    private readonly diags: Diagnostics,
  ) {}

  rel(path: string): string {
    return relative(this.root, path) || path;
  }

  async text(path: string): Promise<string | undefined> {
    try {
      return await readFile(path, 'utf8');
    } catch {
      this.diags.add(this.rel(path), 'fichier introuvable ou illisible');
      return undefined;
    }
  }

  /** For optional files: absent is not an error. */
  async exists(path: string): Promise<boolean> {
    return access(path).then(
      () => true,
      () => false,
    );
  }

  async list(dir: string, ext: string): Promise<string[]> {
    try {
      const names = await readdir(dir);
      return names
        .filter((n) => n.endsWith(ext))
        .sort()
        .map((n) => join(dir, n));
    } catch {
      return [];
    }
  }

  /** Parses YAML; syntax errors are reported with their line and give undefined. */
  yamlText(file: string, text: string, lineOffset = 0): { value: unknown; src: YamlSource } | undefined {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length) {
      for (const e of doc.errors) {
        const line = e.linePos?.[0]?.line;
        this.diags.add(this.rel(file), `YAML invalide : ${e.message.split('\n')[0]}`, line ? line + lineOffset : undefined);
      }
      return undefined;
    }
    return { value: doc.toJS(), src: { doc, lines } };
  }

  async yaml(file: string): Promise<{ value: unknown; src: YamlSource } | undefined> {
    const text = await this.text(file);
    return text === undefined ? undefined : this.yamlText(file, text);
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown file into its YAML front matter and its body. */
export function splitFrontMatter(text: string): { front: string; body: string; bodyLine: number } | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  return { front: m[1] ?? '', body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
