import { Alert, Button, Card, Form, Space } from 'antd';
import { useState } from 'react';
import { ApiProblem, Problem, request } from '../api/client';
import { requestSchema } from '../api/openapi';
import { useT } from '../i18n';
import { useConsole } from '../state';
import { ProblemAlert } from './ProblemAlert';
import { SchemaFields, exampleOf } from './SchemaFields';
import { fieldErrorsOf } from './field-errors';

export interface StepSpec {
  command: string;
  path: string;
  signed: boolean;
  meaning?: { code: string; text: string };
}

export interface Accepted {
  id: string;
  revision: string;
  position: string;
  logPosition: string;
}

/**
 * The form of one command, generated from its OpenAPI request schema. A signed step shows what the signature
 * means before the password is re-entered. The answer's logPosition becomes the console's minPosition, so the
 * next screen waits for this write.
 */
/** An optional nested object left blank is not sent: antd keeps its empty members, the API would refuse them. */
const prune = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, prune(v)] as const);
    const kept = entries.filter(([, v]) => v !== undefined);
    return kept.length ? Object.fromEntries(kept) : undefined;
  }
  return value === '' || value === null ? undefined : value;
};

export const StepForm = (props: {
  step: StepSpec;
  title: string;
  /** The record the step acts on (`{id}` in the path). */
  hazardId?: string;
  revision?: string;
  onDone: (accepted: Accepted) => void;
}) => {
  const { t, h, lang } = useT();
  const { openApi, session, noteWrite } = useConsole();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  if (!openApi) return null;
  const schema = requestSchema(openApi, props.step.path);
  // The one path id of the step (`{id}`, or e.g. `{mineId}` of an enterprise file).
  const path = props.hazardId ? props.step.path.replace(/\{[^}]+\}/, props.hazardId) : props.step.path;

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      const headers: Record<string, string> = { 'Idempotency-Key': idempotencyKey };
      if (props.revision !== undefined) headers['If-Match'] = `W/"${props.revision}"`;
      const answer = await request<Accepted>(session, 'POST', path, { body: prune(values) ?? {}, headers });
      noteWrite(answer.body.logPosition);
      props.onDone(answer.body);
    } catch (error) {
      const p = error instanceof ApiProblem ? error.problem : { status: 0, title: 'Network', detail: String(error) };
      setProblem(p);
      const fields = fieldErrorsOf(p.errors, lang);
      if (p.status === 401 && props.step.signed)
        fields.push({ name: ['password'], errors: [h(p.detail) || t(['密码错误', 'Wrong password'])] });
      form.setFields(fields);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={props.title} className="step-form" data-testid={`step-${props.step.command}`}>
      {props.step.signed && (
        <Alert
          type="info"
          showIcon
          title={t(['电子签名', 'Electronic signature'])}
          description={
            <span data-testid="signature-meaning">
              {t(['签名含义：', 'This signature means: '])}
              <strong>{h(props.step.meaning?.text) || t(['签署此步骤', 'signing this step'])}</strong>
              {t([
                '。请重新输入密码；您的姓名、时间与含义将与该事件绑定。',
                '. Re-enter your password; your name, the time and this meaning are bound to the event.',
              ])}
            </span>
          }
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} scrollToFirstError>
        {schema && <SchemaFields doc={openApi} schema={schema} />}
        <ProblemAlert problem={problem} />
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="submit-step">
            {props.step.signed ? t(['签名并提交', 'Sign and submit']) : t(['提交', 'Submit'])}
          </Button>
          <Button
            onClick={() => form.setFieldsValue(exampleOf(openApi, schema) as Record<string, unknown>)}
            data-testid="fill-example"
          >
            {t(['按示例填写', 'Fill in the example'])}
          </Button>
        </Space>
      </Form>
    </Card>
  );
};
