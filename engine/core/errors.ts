/** An error that the REST layer turns into an `application/problem+json` response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

export const badRequest = (detail: string) => new ProblemError(400, 'INVALID_ARGUMENT', detail);
export const notFound = (detail: string) => new ProblemError(404, 'NOT_FOUND', detail);
export const conflict = (detail: string) => new ProblemError(409, 'INVALID_STATE', detail);
