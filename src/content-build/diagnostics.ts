import type * as v from 'valibot';
import { isMap, isSeq, type LineCounter, type Document } from 'yaml';

/** One content error, with the file (relative to content/) and the line when known. */
export interface Diagnostic {
  file: string;
  line?: number;
  message: string;
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  add(file: string, message: string, line?: number): void {
    this.list.push(line === undefined ? { file, message } : { file, line, message });
  }
  get count(): number {
    return this.list.length;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ''} — ${d.message}`;
}

/** A parsed YAML file that can tell the line of any path inside it. */
export interface YamlSource {
  doc: Document.Parsed;
  lines: LineCounter;
}

export function lineOfPath(src: YamlSource, path: readonly (string | number)[]): number | undefined {
  let node: unknown = src.doc.contents;
  let found = node;
  for (const key of path) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else break;
    if (!node) break;
    found = node;
  }
  const range = (found as { range?: [number, number, number] } | null)?.range;
  return range ? src.lines.linePos(range[0]).line : undefined;
}

/** Reports each schema issue of a YAML-sourced value at its own line. */
export function reportIssues(
  diags: Diagnostics,
  file: string,
  issues: readonly v.BaseIssue<unknown>[],
  src?: YamlSource,
  basePath: readonly (string | number)[] = [],
): void {
  for (const issue of issues) {
    const path = (issue.path ?? []).map((p) => p.key as string | number);
    const full = [...basePath, ...path];
    const where = full.length ? `${full.join('.')} : ` : '';
    diags.add(file, `${where}${issue.message}`, src ? lineOfPath(src, full) : undefined);
  }
}
