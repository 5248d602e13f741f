// The compiler wrapper lives in the pure domain so that the trainer space (in a Web Worker) runs the same code.
export { compileInk, isKnownCriterion, parseScoreTag, type InkCompileResult } from '../domain/authoring/ink-compile';
