import { CATALOGUE_EDITIONS, lookbackPolicyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf, positionKey } from './facts';
import { clauseIndexFor } from './clause-similarity';

const GRADING = ['MajorHazardDetermined', 'GeneralHazardDetermined', 'HazardGradeChanged'];
const TEXT = ['HazardDiscovered', 'HazardDescriptionAmended'];
const isGeneral = (f: Fact) =>
  f.type === 'GeneralHazardDetermined' || (f.type === 'HazardGradeChanged' && f.data.to === 'general');

/**
 * §9 item 9 (避重就轻): hazards graded 一般 at the cut whose description, as it then read, matches a major-hazard
 * clause of the catalogue their grading cited — jieba segmentation, TF-IDF cosine against the clause's title and
 * the policy's keywords, listed at or above the policy's threshold, with the clause and the terms that matched.
 */
export const lb09: LookbackQuery = {
  id: 'LB-09-softened-descriptions',
  version: 1,
  title: {
    zh: '一般隐患描述与重大隐患判定条款相符（避重就轻）',
    en: 'General hazards whose text matches a major-hazard clause',
  },
  description: {
    zh: '定为一般隐患、但描述与《判定标准》重大隐患条款相似的隐患：相似条款、得分与命中词',
    en: 'Hazards graded general whose description resembles a 判定标准 major-hazard clause: the clause, the score, the matching terms',
  },
  source: 'domain.md §9 item 9 (Trigger 3 问题隐患描述避重就轻); §3 矿安〔2022〕88号; 安全生产法 (2021) Art. 90(四)',
  // The threshold is the policy's (lookback@2026.1: 0.3), not a request parameter: every answer names its edition.
  params: SCOPE_PARAMS,
  limits: {
    zh: '只比对文字（不比对照片等证据）；条款关键词为本平台的解读（待法制科审核）；不分矿山类型；“未引用条款的隐患”尚未实现',
    en: 'Text only (no photos or other evidence); clause keywords are our reading (to be reviewed); not split by site type; "hazards with no clause cited" is not built yet',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'description', header: '隐患描述 description' },
    { field: 'gradedBy', header: '定级人 gradedBy' },
    { field: 'clauseId', header: '相似条款 clause' },
    { field: 'clauseTitle', header: '条款内容 clause text' },
    { field: 'score', header: '相似度 score' },
    { field: 'matchedTerms', header: '命中词 matched terms' },
    { field: 'policyVersion', header: '政策版本 policy' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const facts = await factsOf(db, cut, params, {
      categories: ['hazard'],
      types: [...GRADING, ...TEXT, 'HazardVoided'],
    });
    const rows: RawRow[] = [];
    for (const [hazardId, history] of byEntity(facts)) {
      const grading = history.filter((f) => GRADING.includes(f.type)).at(-1);
      const text = history.filter((f) => TEXT.includes(f.type)).at(-1);
      if (!grading || !text || !isGeneral(grading) || history.some((f) => f.type === 'HazardVoided')) continue;
      const catalogue =
        CATALOGUE_EDITIONS.find((c) => c.version === grading.data.catalogueVersion) ?? CATALOGUE_EDITIONS.at(-1)!;
      const description = String(text.type === 'HazardDiscovered' ? text.data.description : text.data.next);
      const match = clauseIndexFor(catalogue, policy).best(description);
      if (!match || match.score < policy.similarityThreshold) continue;
      rows.push({
        key: positionKey(grading.position),
        mineId: grading.mineId,
        hazardId,
        description,
        gradedBy: { id: grading.actorId, name: grading.actorName, role: grading.actorRole },
        ...match,
        catalogueVersion: catalogue.version,
        policyVersion: policy.version,
        positions: [text.position, grading.position],
      });
    }
    return rows;
  },
};
