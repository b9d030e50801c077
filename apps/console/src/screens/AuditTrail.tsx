import { Card, Table, Tag } from 'antd';
import { Freshness } from '../components/Freshness';
import { ProblemAlert } from '../components/ProblemAlert';
import { Scrollable } from '../components/Scrollable';
import { useT } from '../i18n';
import { FIELD_LABELS, ROLE_LABELS, labelOf } from '../labels';
import { useRead } from '../use-read';

interface Entry {
  eventId: string;
  revision: string;
  eventType: string;
  actor: { name: string; role: string; org: string };
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  changes: { path: string; before: unknown; after: unknown }[];
  data?: { signature?: { printedName: string; meaning: string; signedAt: string; contentHash: string } };
}

const short = (v: unknown) => {
  const text = v === null || v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** Every event of a record: who (and in which role), when it happened vs when it was recorded, why, before → after. */
export const AuditTrail = ({ entityType, entityId }: { entityType: string; entityId: string }) => {
  const { t, h, lang } = useT();
  const read = useRead<{ entries: Entry[] }>('/audit-trail', '/audit-trail', { entityType, entityId, limit: 200 });
  const label = (key: string) => labelOf(FIELD_LABELS, key)[lang === 'zh' ? 0 : 1];
  return (
    <Card title={t(['全部事件（审计追踪）', 'Every event (audit trail)'])} data-testid="audit-trail">
      <Freshness stamp={read.freshness} uncut={read.uncut} />
      <ProblemAlert problem={read.problem} />
      <Scrollable label={t(['全部事件', 'Every event'])}>
        <Table
          rowKey="eventId"
          size="small"
          pagination={false}
          dataSource={read.data?.entries ?? []}
          columns={[
            { key: 'rev', title: '#', dataIndex: 'revision' },
            { key: 'eventType', title: label('eventType'), dataIndex: 'eventType' },
            {
              key: 'actor',
              title: label('actor'),
              render: (_: unknown, e: Entry) =>
                `${e.actor?.name ?? '—'}（${labelOf(ROLE_LABELS, e.actor?.role ?? '')[lang === 'zh' ? 0 : 1]}）`,
            },
            {
              key: 'occurredAt',
              title: label('occurredAt'),
              render: (_: unknown, e: Entry) => new Date(e.occurredAt).toLocaleString(),
            },
            {
              key: 'recordedAt',
              title: label('recordedAt'),
              render: (_: unknown, e: Entry) => new Date(e.recordedAt).toLocaleString(),
            },
            { key: 'reason', title: label('reason'), render: (_: unknown, e: Entry) => e.reason ?? '—' },
            {
              key: 'signature',
              title: t(['签名', 'Signature']),
              render: (_: unknown, e: Entry) =>
                e.data?.signature ? (
                  <Tag color="purple" title={`SM3 ${e.data?.signature.contentHash}`}>
                    {`${e.data?.signature.printedName} · ${h(e.data?.signature.meaning)} · ${new Date(e.data?.signature.signedAt).toLocaleString()}`}
                  </Tag>
                ) : (
                  '—'
                ),
            },
            {
              key: 'changes',
              title: label('changes'),
              render: (_: unknown, e: Entry) => (
                <ul className="changes">
                  {e.changes.slice(0, 8).map((c) => (
                    <li key={c.path}>
                      <code>{c.path}</code>: {short(c.before)} → {short(c.after)}
                    </li>
                  ))}
                  {e.changes.length > 8 && <li>… +{e.changes.length - 8}</li>}
                </ul>
              ),
            },
          ]}
        />
      </Scrollable>
    </Card>
  );
};
