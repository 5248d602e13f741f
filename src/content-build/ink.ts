import { Compiler, CompilerOptions } from 'inkjs/full';
import { CRITERIA } from '../domain/content/roleplay.schema';

export interface InkCompileResult {
  json?: string;
  errors: { message: string; line?: number }[];
}

const LINE_IN_MESSAGE = /line (\d+)/i;
const CRITERION_TAG = /^([a-z]+)\s*:\s*(-?\d+)$/;

/** Compiles an ink script with inkjs; every compiler error is returned with its line. */
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
  return { json, errors };
}

function withLine(message: string): { message: string; line?: number } {
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
