import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf, positionKey } from './facts';

/**
 * §9 item 11: 执法文书 amended after signing or service. The decider stamps afterSigning/afterService on the
 * amendment; the evidence is the draft, the signatures and service before it, and the amendment.
 */
export const lb11: LookbackQuery = {
  id: 'LB-11-documents-amended-after-signing',
  version: 1,
  title: { zh: '签发或送达后修改的执法文书', en: 'Enforcement documents amended after signing or service' },
  description: {
    zh: '签发或送达后又被修改的执法文书：修改人、时间、理由、修改内容',
    en: 'Enforcement documents amended after they were signed or served: who, when, why, what changed',
  },
  source: 'domain.md §9 item 11; §4.1 行政执法“三项制度”（全过程记录），执法文书修改留痕',
  params: COMMON_PARAMS,
  limits: {
    zh: '“文书认定事实与检查原始记录不一致”尚未实现（需文本比对）',
    en: '"Documents whose finding text differs from the inspection’s raw record" is not built yet (needs text comparison)',
  },
  columns: [
    { field: 'docNo', header: '文书编号 docNo' },
    { field: 'documentId', header: '文书 document' },
    { field: 'kind', header: '文书种类 kind' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'version', header: '修改后版本 version' },
    { field: 'afterSigning', header: '签发后修改 afterSigning' },
    { field: 'afterService', header: '送达后修改 afterService' },
    { field: 'by', header: '修改人 by' },
    { field: 'recordedAt', header: '记录时间 recordedAt' },
    { field: 'reason', header: '理由 reason' },
    { field: 'diff', header: '修改内容 diff' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const amended = (
      await factsOf(db, cut, params, { categories: ['document'], types: ['DocumentAmended'], period: true })
    ).filter((f) => f.data.afterSigning === true || f.data.afterService === true);
    const history = byEntity(
      await factsOf(
        db,
        cut,
        {},
        {
          categories: ['document'],
          types: ['DocumentDrafted', 'DocumentSigned', 'DocumentServed'],
          entityIds: [...new Set(amended.map((a) => a.entityId))],
        },
      ),
    );
    return amended.map((f) => {
      const earlier = (history.get(f.entityId) ?? []).filter((h) => BigInt(h.position) < BigInt(f.position));
      const draft = earlier.find((h) => h.type === 'DocumentDrafted') as Fact | undefined;
      const by = f.data.amendedBy as { userId: string; name: string; role: string };
      return {
        key: positionKey(f.position),
        mineId: f.mineId,
        documentId: f.entityId,
        docNo: draft ? String(draft.data.docNo) : null,
        kind: draft ? String(draft.data.kind) : null,
        version: Number(f.data.version),
        afterSigning: f.data.afterSigning === true,
        afterService: f.data.afterService === true,
        by: { id: by.userId, name: by.name, role: by.role },
        recordedAt: f.recordedAt,
        reason: String(f.data.reason),
        diff: f.data.diff,
        positions: [...earlier.map((h) => h.position), f.position],
      };
    });
  },
};
