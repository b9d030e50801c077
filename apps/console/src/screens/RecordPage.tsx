import { Alert, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Freshness } from '../components/Freshness';
import { ProblemAlert } from '../components/ProblemAlert';
import { StepForm, StepSpec } from '../components/StepForm';
import { ValueView, recordOf } from '../components/ValueView';
import { useT } from '../i18n';
import { useConsole } from '../state';
import { useRead } from '../use-read';
import { AuditTrail } from './AuditTrail';
import { RecordKind } from './records';

const withId = (template: string, id: string) => template.replace(/\{[^}]+\}/, encodeURIComponent(id));

/** A section's rows made readable: a person as "name · role", the fields named in `drop` left out. */
const compact = (value: unknown, drop: string[]): unknown => {
  if (Array.isArray(value)) return value.map((v) => compact(v, drop));
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o.name === 'string' && typeof o.role === 'string') return `${o.name} · ${o.role}`;
  return Object.fromEntries(
    Object.entries(o)
      .filter(([k]) => !drop.includes(k))
      .map(([k, v]) => [k, compact(v, drop)]),
  );
};

/** An inspection, a document, a penalty, a plan: the record as the API answers it, its events, its operations. */
export const RecordPage = ({ record, id }: { record: RecordKind; id: string }) => {
  const { t, h } = useT();
  const { asOf, openApi } = useConsole();
  const [chosen, setChosen] = useState<StepSpec | null>(null);
  const read = useRead<Record<string, unknown>>(record.get ?? '', record.get ? withId(record.get, id) : null);
  // The record's own path (`/tips/{id}`, `/enterprise-files/{mineId}`); operations with a second id are not offered.
  const own = record.base.includes('{') ? record.base : `${record.base}/{id}`;
  const operations = Object.entries(openApi?.paths ?? {})
    .filter(
      ([path, item]) =>
        path.startsWith(`${own}/`) && path.split('{').length === 2 && item.post && !record.exclude?.includes(path),
    )
    .map(([path, item]) => ({
      path,
      summary: item.post?.summary ?? path,
      signed: Boolean(item.post?.description?.includes('password') || item.post?.description?.includes('密码')),
    }));
  const body = Object.fromEntries(
    Object.entries(read.data ?? {}).filter(
      ([key]) =>
        !['asOfPosition', 'lagMs', 'asOf', 'validAt'].includes(key) && !record.sections?.some((s) => s.field === key),
    ),
  );
  return (
    <Space direction="vertical" size="large" className="page">
      <Card title={<Typography.Title level={2}>{`${t(record.title)} ${id.slice(0, 12)}`}</Typography.Title>}>
        <Freshness stamp={read.freshness} uncut={read.uncut} />
        <ProblemAlert problem={read.problem} />
        {read.data && <ValueView value={recordOf(body)} />}
      </Card>
      {!asOf && operations.length > 0 && (
        <Card title={t(['操作', 'Operations'])}>
          <Alert
            type="info"
            showIcon
            title={t([
              '是否允许由 API 按您的角色与记录状态判定',
              'The API decides from your role and the record’s state whether you may',
            ])}
          />
          <Space wrap className="operations">
            {operations.map((op) => (
              <Tag.CheckableTag
                key={op.path}
                checked={chosen?.path === op.path}
                onChange={() => setChosen({ command: op.path, path: op.path, signed: op.signed })}
              >
                {h(op.summary) || op.path}
              </Tag.CheckableTag>
            ))}
          </Space>
          {chosen && (
            <StepForm
              key={chosen.path}
              step={chosen}
              title={h(openApi?.paths[chosen.path]?.post?.summary) || chosen.path}
              hazardId={id}
              onDone={() => {
                setChosen(null);
                read.reload();
              }}
            />
          )}
        </Card>
      )}
      {record.sections?.map((section) => (
        <Card key={section.field} title={t(section.title)} data-testid={`section-${section.field}`}>
          <ValueView value={compact(read.data?.[section.field], section.drop ?? [])} />
        </Card>
      ))}
      {record.auditEntityType && <AuditTrail entityType={record.auditEntityType} entityId={id} />}
    </Space>
  );
};

/** The creating form of a record kind (`POST <base>`), generated like every other. */
export const CreateRecord = ({ record }: { record: RecordKind }) => {
  const { h, t } = useT();
  const { openApi } = useConsole();
  const [receipt, setReceipt] = useState<Record<string, unknown> | null>(null);
  const link = `#/records/${record.kind}/${String(receipt?.id)}`;
  // A tip's claim code is answered this once and kept nowhere: shown until the user moves on, then gone.
  if (receipt)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="shown-once"
        title={t([
          '已登记。以下内容仅显示这一次，请交给举报人',
          'Recorded. Shown this once only: give it to the reporter',
        ])}
        description={
          <Space direction="vertical">
            <ValueView value={{ tipNo: receipt.tipNo, claimCode: receipt.claimCode }} />
            <a href={link}>{t(['打开记录', 'Open the record'])}</a>
          </Space>
        }
      />
    );
  return (
    <StepForm
      step={{ command: `create-${record.kind}`, path: record.base, signed: false }}
      title={h(openApi?.paths[record.base]?.post?.summary) || t(record.title)}
      onDone={(accepted) => {
        const body = accepted as unknown as Record<string, unknown>;
        if (typeof body.claimCode === 'string') setReceipt(body);
        else window.location.hash = `#/records/${record.kind}/${accepted.id}`;
      }}
    />
  );
};
