import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiProblem, Problem, request } from '../api/client';
import { requestSchema } from '../api/openapi';
import { ProblemAlert } from '../components/ProblemAlert';
import { SchemaFields } from '../components/SchemaFields';
import { StepForm } from '../components/StepForm';
import { ValueView } from '../components/ValueView';
import { useT } from '../i18n';
import { useConsole } from '../state';

const REVEAL = '/tips/{id}/identity/reveal';

/**
 * The identity custodian's screen: one tip, one stated reason, one reveal. The identity lives in this component's
 * state only — never in storage, the URL or the console's context — and is gone when the screen is left. A reveal
 * sends no Idempotency-Key: the API records every reveal as its own event and refuses a replay.
 */
export const TipCustodian = () => {
  const { t } = useT();
  const { session, openApi, noteWrite } = useConsole();
  const [tipId, setTipId] = useState('');
  const [identity, setIdentity] = useState<Record<string, unknown> | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  if (!openApi) return null;
  const schema = requestSchema(openApi, REVEAL);

  const reveal = async (values: { reason: string }) => {
    setBusy(true);
    setProblem(null);
    setIdentity(null);
    try {
      const path = REVEAL.replace('{id}', encodeURIComponent(tipId.trim()));
      const { body } = await request<{ identity: Record<string, unknown>; logPosition: string }>(
        session,
        'POST',
        path,
        {
          body: { reason: values.reason },
        },
      );
      noteWrite(body.logPosition);
      setIdentity(body.identity);
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size="large" className="page">
      <Card title={<Typography.Title level={2}>{t(['举报人身份保管', 'Reporter identity custody'])}</Typography.Title>}>
        <Alert
          type="warning"
          showIcon
          title={t([
            '每次查看均记入举报档案（谁、何时、为何），身份只显示给您本人，离开本页即清除',
            'Every reveal is recorded on the tip (who, when, why); the identity is shown to you alone and cleared when you leave',
          ])}
        />
        <Form layout="vertical">
          <Form.Item label={t(['举报记录编号', 'Tip id'])} htmlFor="tip-id" required>
            <Input id="tip-id" value={tipId} onChange={(e) => setTipId(e.target.value)} />
          </Form.Item>
        </Form>
      </Card>
      <Card title={t(['查看身份（须说明理由）', 'Reveal (a reason is required)'])} data-testid="reveal-form">
        <Form layout="vertical" onFinish={reveal}>
          {schema && <SchemaFields doc={openApi} schema={schema} idPath={['reveal']} />}
          <ProblemAlert problem={problem} />
          <Button type="primary" htmlType="submit" loading={busy} disabled={!tipId.trim()} data-testid="reveal">
            {t(['查看身份', 'Reveal'])}
          </Button>
        </Form>
        {identity && (
          <div data-testid="revealed-identity" className="revealed">
            <ValueView value={identity} />
            <Button onClick={() => setIdentity(null)}>{t(['清除', 'Clear'])}</Button>
          </div>
        )}
      </Card>
      {tipId.trim() && (
        <StepForm
          key={tipId.trim()}
          step={{ command: 'shred-tip-identity', path: '/tips/{id}/identity/shred', signed: false }}
          title={t(['销毁身份（保存期满或依法申请）', 'Shred the identity (retention ended or a lawful request)'])}
          hazardId={encodeURIComponent(tipId.trim())}
          onDone={() => setIdentity(null)}
        />
      )}
    </Space>
  );
};
