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

/** An inspection, a document, a penalty, a plan: the record as the API answers it, its events, its operations. */
export const RecordPage = ({ record, id }: { record: RecordKind; id: string }) => {
  const { t, h } = useT();
  const { asOf, openApi } = useConsole();
  const [chosen, setChosen] = useState<StepSpec | null>(null);
  const read = useRead<Record<string, unknown>>(record.get ?? '', record.get ? record.get.replace('{id}', id) : null);
  const operations = Object.entries(openApi?.paths ?? {})
    .filter(([path, item]) => path.startsWith(`${record.base}/{id}/`) && item.post)
    .map(([path, item]) => ({
      path,
      summary: item.post?.summary ?? path,
      signed: Boolean(item.post?.description?.includes('password') || item.post?.description?.includes('密码')),
    }));
  const body = Object.fromEntries(
    Object.entries(read.data ?? {}).filter(([key]) => !['asOfPosition', 'lagMs', 'asOf', 'validAt'].includes(key)),
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
      {record.auditEntityType && <AuditTrail entityType={record.auditEntityType} entityId={id} />}
    </Space>
  );
};

/** The creating form of a record kind (`POST <base>`), generated like every other. */
export const CreateRecord = ({ record }: { record: RecordKind }) => {
  const { h, t } = useT();
  const { openApi } = useConsole();
  return (
    <StepForm
      step={{ command: `create-${record.kind}`, path: record.base, signed: false }}
      title={h(openApi?.paths[record.base]?.post?.summary) || t(record.title)}
      onDone={(accepted) => {
        window.location.hash = `#/records/${record.kind}/${accepted.id}`;
      }}
    />
  );
};
