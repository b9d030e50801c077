import { Card, Table } from 'antd';
import { Freshness } from '../components/Freshness';
import { ProblemAlert } from '../components/ProblemAlert';
import { Scrollable } from '../components/Scrollable';
import { pick, useT } from '../i18n';
import { FIELD_LABELS, PARTY_LABELS, ROLE_LABELS, labelOf } from '../labels';
import { useRead } from '../use-read';

interface Party {
  party: string;
  firstKnownAt: string;
  recordedAt: string;
  evidence: { eventType: string; position: string; actor: { name: string; role: string } };
}
interface View {
  accessId: string;
  accessedAt: string;
  actor: { name?: string; role?: string; id?: string };
  kind: string;
  recordType: string;
  purpose?: string | null;
}

/** Who knew when (the event that shows it) and who viewed the hazard, up to the cut. */
export const KnowledgeTimeline = ({ hazardId }: { hazardId: string }) => {
  const { t, lang } = useT();
  const read = useRead<{ parties: Party[]; viewedBy: View[] }>(
    '/hazards/{id}/knowledge-timeline',
    `/hazards/${hazardId}/knowledge-timeline`,
  );
  const label = (key: string) => labelOf(FIELD_LABELS, key)[lang === 'zh' ? 0 : 1];
  const role = (r?: string) => (r ? labelOf(ROLE_LABELS, r)[lang === 'zh' ? 0 : 1] : '—');
  const when = (key: 'firstKnownAt' | 'recordedAt' | 'accessedAt') => ({
    key,
    title: key === 'firstKnownAt' ? t(['最早知情（有效时间）', 'First knew (valid time)']) : label(key),
    dataIndex: key,
    render: (value: unknown) => new Date(String(value)).toLocaleString(),
  });
  return (
    <Card title={t(['知情时间线与查阅记录', 'Knowledge timeline and who viewed it'])} data-testid="knowledge-timeline">
      <Freshness stamp={read.freshness} uncut={read.uncut} />
      <ProblemAlert problem={read.problem} />
      <Scrollable label={t(['知情时间线', 'Knowledge timeline'])}>
        <Table
          rowKey={(p) => `${p.party}-${p.recordedAt}`}
          size="small"
          pagination={false}
          dataSource={read.data?.parties ?? []}
          columns={[
            {
              key: 'party',
              title: label('party'),
              render: (_: unknown, p: Party) => pick(labelOf(PARTY_LABELS, p.party), lang),
            },
            when('firstKnownAt'),
            when('recordedAt'),
            { key: 'eventType', title: label('eventType'), render: (_: unknown, p: Party) => p.evidence?.eventType },
            {
              key: 'actor',
              title: label('actor'),
              render: (_: unknown, p: Party) => `${p.evidence?.actor?.name ?? '—'}（${role(p.evidence?.actor?.role)}）`,
            },
          ]}
        />
      </Scrollable>
      <div data-testid="viewed-by">
        <h3>{t(['查阅记录', 'Viewed by'])}</h3>
        <Scrollable label={t(['查阅记录', 'Viewed by'])}>
          <Table
            rowKey="accessId"
            size="small"
            pagination={{ pageSize: 20 }}
            dataSource={[...(read.data?.viewedBy ?? [])].sort((a, b) => b.accessedAt.localeCompare(a.accessedAt))}
            columns={[
              when('accessedAt'),
              {
                key: 'actor',
                title: label('actor'),
                render: (_: unknown, v: View) => `${v.actor?.name ?? v.actor?.id ?? '—'}（${role(v.actor?.role)}）`,
              },
              { key: 'recordType', title: label('recordType'), dataIndex: 'recordType' },
              { key: 'purpose', title: label('purpose'), render: (_: unknown, v: View) => v.purpose ?? '—' },
            ]}
          />
        </Scrollable>
      </div>
    </Card>
  );
};
