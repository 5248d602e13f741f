import { Compiler, CompilerOptions } from 'inkjs/full';
import { CRITERIA } from '../content/roleplay.schema';

/** A compiler or check message, at its line of the ink source when known. */
export interface InkMessage {
  message: string;
  line?: number;
}

export interface InkCompileResult {
  json?: string;
  errors: InkMessage[];
  /** Loose ends and TODOs: the compiler still produces a story. */
  warnings: InkMessage[];
}

const LINE_IN_MESSAGE = /line (\d+)/i;
const CRITERION_TAG = /^([a-z]+)\s*:\s*(-?\d+)$/;

/**
 * Compiles an ink script with inkjs' compiler; every error and warning comes with its line.
 * This module pulls `inkjs/full` (the compiler): only the content build and the trainer space may import it.
 */
export function compileInk(source: string): InkCompileResult {
  // countAllVisits lets the checks tell which knots a run went through.
  const compiler = new Compiler(source, new CompilerOptions(null, [], true));
  let json: string | undefined;
  let thrown: string | undefined;
  try {
    const story = compiler.Compile();
    if (!compiler.errors.length) json = story.ToJson() ?? undefined;
  } catch (e) {
    thrown = e instanceof Error ? e.message : String(e);
  }
  const errors = compiler.errors.map(withLine);
  if (!errors.length && thrown) errors.push({ message: thrown });
  return { json, errors, warnings: compiler.warnings.map(withLine) };
}

function withLine(message: string): InkMessage {
  const m = LINE_IN_MESSAGE.exec(message);
  return m ? { message, line: Number(m[1]) } : { message };
}

/** Parses a choice tag like `tone:2`; other tags (e.g. `feedback: …`) give undefined. */
export function parseScoreTag(tag: string): { criterion: string; points: number } | undefined {
  const m = CRITERION_TAG.exec(tag.trim());
  return m ? { criterion: m[1] ?? '', points: Number(m[2]) } : undefined;
}

export function isKnownCriterion(name: string): boolean {
  return (CRITERIA as readonly string[]).includes(name);
}
