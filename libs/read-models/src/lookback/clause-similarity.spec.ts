import { CATALOGUE_EDITIONS, LOOKBACK_POLICY_EDITIONS } from '@hazard-ledger/domain';
import { ClauseIndex, termsOf } from './clause-similarity';

const policy = LOOKBACK_POLICY_EDITIONS[0];
const index = new ClauseIndex(CATALOGUE_EDITIONS[0], policy);

describe('避重就轻 clause similarity (jieba + TF-IDF cosine)', () => {
  it('segments Chinese text and drops stop-words, punctuation and numbers', () =>
    expect(termsOf('3# 工作面通风不畅，风量不足', new Set(policy.stopWords))).toEqual([
      '工作面',
      '通风',
      '畅',
      '风量',
      '不足',
    ]));

  it.each([
    ['3# 采场工作面通风不畅', 'MHS2022-UG-20', ['工作面', '通风']],
    ['-220m 中段掘进工作面通风不良，风量不足', 'MHS2022-UG-20', ['通风', '风量']],
    ['采场东侧安全出口被废石堵塞', 'MHS2022-UG-01', ['出口', '堵塞']],
  ])('matches "%s" to %s above the threshold', (text, clauseId, terms) => {
    const match = index.best(text)!;
    expect(match).toMatchObject({ clauseId, matchedTerms: expect.arrayContaining(terms) });
    expect(match.score).toBeGreaterThanOrEqual(policy.similarityThreshold);
  });

  it.each(['楼梯扶手警示标志缺失', '消防器材未按期检验', '配电室门口未设置警示标志', '员工未佩戴安全帽'])(
    'keeps the honest general hazard "%s" below the threshold',
    (text) => expect(index.best(text)?.score ?? 0).toBeLessThan(policy.similarityThreshold),
  );
});
