/**
 * What kind of refusal an error is; the API maps each category to one HTTP status (problem-mapping.ts), so no
 * status is ever chosen by an error's name. Declared by every error the write path can raise, not only DomainError.
 */
export const ERROR_CATEGORIES = [
  /** The record's state forbids it (a transition, a duplicate, a lost race): 409. */
  'conflict',
  /** Who asks may not do this: 403. */
  'forbidden',
  /** The record named does not exist: 404. */
  'not-found',
  /** The request is well-formed but its content breaks a rule (missing reason, unknown clause): 422. */
  'invalid',
  /** A condition the decision needs is not met yet (no pending extension, evaluation failed): 422. */
  'precondition',
  /** The content cannot be stored at all (a NUL, a lone surrogate): 400. */
  'malformed',
  /** The server cannot answer yet (a read model behind the position asked for): 503. */
  'unavailable',
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

export interface CategorisedError extends Error {
  readonly category: ErrorCategory;
}

export const isCategorised = (error: unknown): error is CategorisedError =>
  error instanceof Error &&
  (ERROR_CATEGORIES as readonly unknown[]).includes((error as Partial<CategorisedError>).category);

/** Base of every rule violation `decide` reports; carries a message in both languages for the API. */
export abstract class DomainError extends Error implements CategorisedError {
  abstract readonly code: string;
  abstract readonly category: ErrorCategory;
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
  }
}
