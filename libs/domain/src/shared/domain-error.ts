/** Base of every rule violation `decide` reports; carries a message in both languages for the API. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
  }
}
