/** The role-play engine as one lazy chunk: the ink runtime and the scoring load together, only when playing. */
export { RoleplayRun, RoleplayScriptError } from './roleplay-run';
export { scoreRun } from './roleplay-scoring';
