// The checks live in the pure domain so that the trainer space runs the same ones as the build.
import { inkStoryProblems } from '../domain/authoring/ink-checks';
import { exploreInk, type InkExploration } from '../domain/authoring/ink-explore';
export { exploreInk, knotNames, type InkChoicePoint, type InkExploration } from '../domain/authoring/ink-explore';
export { inkStoryProblems } from '../domain/authoring/ink-checks';

/** Build-time problems of a compiled script, in French (without lines: use inkStoryProblems for them). */
export function checkInkStory(json: string, ex: InkExploration = exploreInk(json), source = ''): string[] {
  return inkStoryProblems(source, json, ex).map((p) => p.message);
}
