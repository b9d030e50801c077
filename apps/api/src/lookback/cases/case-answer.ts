import { CaseAnswer } from '@hazard-ledger/domain';
import { LookbackAnswer } from '../lookback-reader';

/** What a case's event says about an answer: the query, its parameters and cut, and the digest of its bytes. */
export const caseAnswerOf = (answer: LookbackAnswer): CaseAnswer => ({
  queryId: answer.query.id,
  queryVersion: answer.query.version,
  // A page is recorded as asked (its size and cursor beside the query's parameters) with the rows it holds.
  params: answer.page
    ? {
        ...answer.params,
        limit: String(answer.page.limit),
        ...(answer.page.after ? { cursor: answer.page.after } : {}),
      }
    : answer.params,
  cut: answer.cut.validAt
    ? { asOf: answer.cut.asOf, validAt: answer.cut.validAt, throughPosition: answer.cut.throughPosition }
    : { asOf: answer.cut.asOf, throughPosition: answer.cut.throughPosition },
  answerDigest: answer.answerDigest,
  rowCount: answer.page ? answer.rows.length : answer.total,
});
