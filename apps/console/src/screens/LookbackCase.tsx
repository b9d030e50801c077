import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { StepForm } from '../components/StepForm';
import { Freshness } from '../components/Freshness';
import { ProblemAlert } from '../components/ProblemAlert';
import { ValueView } from '../components/ValueView';
import { useT } from '../i18n';
import { useConsole } from '../state';
import { useRead } from '../use-read';

/** A frozen answer, read back byte for byte under its SM3 digest. */
const FrozenAnswer = ({ caseId, digest }: { caseId: string; digest: string }) => {
  const read = useRead<Record<string, unknown>>(
    '/lookback-cases/{caseId}/answers/{digest}',
    `/lookback-cases/${encodeURIComponent(caseId)}/answers/${encodeURIComponent(digest)}`,
  );
  const { t } = useT();
  return (
    <Card
      size="small"
      title={`${t(['冻结结果', 'Frozen answer'])} SM3 ${digest.slice(0, 16)}…`}
      data-testid="frozen-answer"
    >
      <ProblemAlert problem={read.problem} />
      {read.data && (
        <ValueView
          value={{
            query: JSON.stringify(read.data.query),
            params: JSON.stringify(read.data.params),
            cut: read.data.cut,
            rows: Array.isArray(read.data.rows) ? read.data.rows.length : 0,
          }}
        />
      )}
    </Card>
  );
};

// The digests have their own card below.
const withoutFrozen = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'frozen'));

/** One look-back case: subject, scope, legal basis, who opened it when, runs, frozen answers. */
export const LookbackCasePage = ({ caseId }: { caseId: string }) => {
  const { t } = useT();
  const { session, asOf } = useConsole();
  const [open, setOpen] = useState<string | null>(null);
  const read = useRead<Record<string, unknown> & { frozen?: string[] }>(
    '/lookback-cases/{caseId}',
    `/lookback-cases/${encodeURIComponent(caseId)}`,
  );
  const investigator = session?.actor.role === 'investigator' && !asOf;
  return (
    <Space direction="vertical" size="large" className="page">
      <Card
        title={
          <Typography.Title level={2}>{`${t(['倒查案件', 'Look-back case'])} ${caseId.slice(0, 12)}`}</Typography.Title>
        }
        extra={
          investigator && (
            <Button href={`#/lookback?caseId=${encodeURIComponent(caseId)}`} data-testid="run-in-case">
              {t(['在案件中查询', 'Run a query in this case'])}
            </Button>
          )
        }
      >
        <Freshness stamp={read.freshness} uncut={read.uncut} />
        <ProblemAlert problem={read.problem} />
        {read.data && <ValueView value={withoutFrozen(read.data)} />}
      </Card>
      <Card title={t(['冻结的倒查结果', 'Frozen answers'])}>
        <Space wrap>
          {(read.data?.frozen ?? []).map((digest) => (
            <Button key={digest} onClick={() => setOpen(digest)} data-testid="open-frozen">
              {`SM3 ${digest.slice(0, 16)}…`}
            </Button>
          ))}
          {read.data?.frozen?.length === 0 && t(['尚无', 'None yet'])}
        </Space>
        {open && <FrozenAnswer key={open} caseId={caseId} digest={open} />}
      </Card>
    </Space>
  );
};

/** Open a case (investigators; the form comes from the OpenAPI request schema) or go to one by its id. */
export const LookbackCases = () => {
  const { t, h } = useT();
  const { session, openApi, asOf } = useConsole();
  return (
    <Space direction="vertical" size="large" className="page">
      <Card title={<Typography.Title level={2}>{t(['倒查案件', 'Look-back cases'])}</Typography.Title>}>
        <Form
          layout="inline"
          onFinish={({ caseId }: { caseId: string }) => {
            window.location.hash = `#/lookback-cases/${encodeURIComponent(caseId.trim())}`;
          }}
        >
          <Form.Item name="caseId" label={t(['案件编号', 'Case id'])} htmlFor="case-id" rules={[{ required: true }]}>
            <Input id="case-id" />
          </Form.Item>
          <Button htmlType="submit">{t(['打开', 'Open'])}</Button>
        </Form>
      </Card>
      {session?.actor.role === 'investigator' && !asOf && (
        <StepForm
          step={{ command: 'open-lookback-case', path: '/lookback-cases', signed: false }}
          title={h(openApi?.paths['/lookback-cases']?.post?.summary) || t(['倒查立案', 'Open a case'])}
          onDone={(accepted) => {
            window.location.hash = `#/lookback-cases/${accepted.id}`;
          }}
        />
      )}
    </Space>
  );
};
