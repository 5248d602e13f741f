/** A failure the operator can fix; printed as is, without a stack trace. */
export class OperatorError extends Error {
  override name = 'OperatorError';
}
