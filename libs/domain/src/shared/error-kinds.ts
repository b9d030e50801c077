import { DomainError, ErrorCategory } from './domain-error';

/**
 * Building blocks for the per-aggregate error classes. Each returns an abstract base that a named, exported class
 * extends (`class MineDetailsInvalid extends detailsInvalidError('MineDetailsInvalid') {}`), so the exported class
 * keeps its own name for `instanceof` and `toThrow(X)`, and `name`, `code` and `category` stay own fields holding
 * the same literal values as before.
 */
export const codedError = <C extends string, K extends ErrorCategory>(code: C, category: K) => {
  abstract class CodedError extends DomainError {
    override readonly name: C = code;
    readonly code: C = code;
    readonly category: K = category;
  }
  return CodedError;
};

/** A record's name in both languages, as the messages say it: `{ zh: '矿山', en: 'mine' }`. */
export interface RecordName {
  readonly zh: string;
  readonly en: string;
}

/** `<record> is <status>`: the command is not allowed in that state (409). */
export const invalidTransitionError = <S extends string, T extends string, C extends string>(
  code: C,
  record: RecordName,
  statusZh: Readonly<Record<S, string>>,
) => {
  abstract class InvalidTransition extends codedError(code, 'conflict') {
    constructor(
      readonly status: S,
      readonly commandType: T,
    ) {
      super(
        `${record.zh}处于"${statusZh[status]}"状态，不能执行 ${commandType}`,
        `${commandType} is not allowed while the ${record.en} is ${status}`,
      );
    }
  }
  return InvalidTransition;
};

/**
 * The record the command needs does not exist (404): `<absentZh>，不能执行 <command>` /
 * `<command> needs <neededEn>`, e.g. `矿山未登记` / `a registered mine`.
 */
export const recordMissingError = <T extends string, C extends string>(code: C, absentZh: string, neededEn: string) => {
  abstract class RecordMissing extends codedError(code, 'not-found') {
    constructor(readonly commandType: T) {
      super(`${absentZh}，不能执行 ${commandType}`, `${commandType} needs ${neededEn}`);
    }
  }
  return RecordMissing;
};

/** `<subject>：<problem>` / `<subject>: <problem>`; the subclass keeps the subject under its own field name. */
export const labelledProblemError = <C extends string, K extends ErrorCategory>(code: C, category: K) => {
  abstract class LabelledProblem extends codedError(code, category) {
    constructor(subject: string, problemZh: string, problemEn: string) {
      super(`${subject}：${problemZh}`, `${subject}: ${problemEn}`);
    }
  }
  return LabelledProblem;
};

/** A field of the command breaks a rule (422): `<field>：<problem>`. */
export const detailsInvalidError = <C extends string>(code: C) => {
  abstract class DetailsInvalid extends labelledProblemError(code, 'invalid') {
    constructor(
      readonly field: string,
      problemZh: string,
      problemEn: string,
    ) {
      super(field, problemZh, problemEn);
    }
  }
  return DetailsInvalid;
};
