/**
 * Scans raw JSON text before it is parsed, for what JSON.parse silently accepts: duplicate keys
 * (the last one wins, so two readers may see two different documents), prototype keys, and
 * nesting deep enough to hurt. Issues carry their path, so a bad document inside `_bulk_docs`
 * can be refused alone while the rest of the batch is written.
 */
export interface JsonIssue {
  path: (string | number)[];
  reason: string;
}

interface JsonScan {
  issues: JsonIssue[];
  /** Text lengths (UTF-16 units, ≈ bytes for our ASCII-heavy documents) of each element of the root's arrays (the documents of `_bulk_docs`). */
  elementLengths: Map<number, number>;
  /** Set when the body must be refused as a whole. */
  fatal?: string;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  obj: boolean;
  keys?: Set<string>;
  key?: string;
  index: number;
  expectKey: boolean;
}

/** `maxDepth` counts containers from the body's root; `fatalDepth` stops the scan. */
export function scanJson(text: string, maxDepth: number, fatalDepth = 200): JsonScan {
  const issues: JsonIssue[] = [];
  const elementLengths = new Map<number, number>();
  let elementStart = -1;
  const stack: Frame[] = [];
  const pathOf = () => stack.map((f) => (f.obj ? (f.key ?? '') : f.index));
  const report = (reason: string) => {
    // One issue per top-level element is enough: the element is refused anyway.
    const path = pathOf().slice(0, 3);
    if (!issues.some((i) => i.path.slice(0, 2).join('\u0000') === path.slice(0, 2).join('\u0000'))) issues.push({ path, reason });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length + 1 > fatalDepth) return { issues, elementLengths, fatal: `imbrication trop profonde (> ${fatalDepth})` };
      if (stack.length === 2 && !stack[1]!.obj) elementStart = i;
      if (stack.length + 1 > maxDepth) report(`imbrication trop profonde (> ${maxDepth} niveaux)`);
      stack.push(c === 0x7b ? { obj: true, keys: new Set(), index: 0, expectKey: true } : { obj: false, index: 0, expectKey: false });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      if (stack.length === 2 && elementStart >= 0) {
        elementLengths.set(stack[1]!.index, i + 1 - elementStart);
        elementStart = -1;
      }
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top) {
        if (top.obj) top.expectKey = true;
        else top.index++;
      }
    } else if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i = i + 1; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        const raw = text.slice(start, i + 1);
        let key: string;
        try {
          key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        } catch {
          return { issues, elementLengths, fatal: 'JSON invalide' };
        }
        top.expectKey = false;
        top.key = key;
        if (FORBIDDEN_KEYS.has(key)) report(`clé interdite « ${key} »`);
        else if (top.keys!.has(key)) report(`clé en double « ${key.slice(0, 40)} »`);
        top.keys!.add(key);
      }
    }
  }
  return { issues, elementLengths };
}
