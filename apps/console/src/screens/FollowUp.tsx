import { Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { ApiProblem, Problem, request } from '../api/client';
import { requestSchema } from '../api/openapi';
import { ProblemAlert } from '../components/ProblemAlert';
import { SchemaFields } from '../components/SchemaFields';
import { ValueView } from '../components/ValueView';
import { useT } from '../i18n';
import { useConsole } from '../state';

/** The reporter's follow-up (密码约定): no login, the tip number and claim code answer that one tip's feedback. */
export const FollowUp = () => {
  const { t } = useT();
  const { openApi } = useConsole();
  const [answer, setAnswer] = useState<Record<string, unknown> | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const schema = openApi ? requestSchema(openApi, '/tips/follow-up') : undefined;
  const submit = async (values: Record<string, string>) => {
    setProblem(null);
    setAnswer(null);
    try {
      const { body } = await request<Record<string, unknown>>(null, 'POST', '/tips/follow-up', { body: values });
      setAnswer(body);
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error.problem);
    }
  };
  return (
    <Card className="sign-in" data-testid="follow-up">
      <Typography.Title level={1}>{t(['举报办理结果查询', 'Follow up on a tip'])}</Typography.Title>
      <Typography.Paragraph>
        {t([
          '凭举报编号与约定密码查询，无需登录，不记录您的身份',
          'With the tip number and claim code; no login, and nothing about you is recorded',
        ])}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={submit}>
        {openApi && schema && <SchemaFields doc={openApi} schema={schema} />}
        <ProblemAlert problem={problem} />
        <Button type="primary" htmlType="submit" data-testid="follow-up-submit">
          {t(['查询', 'Look up'])}
        </Button>
      </Form>
      {answer && (
        <div data-testid="follow-up-answer" className="follow-up-answer">
          <ValueView value={answer} />
        </div>
      )}
      <Typography.Paragraph className="back-link">
        <a href="#/">{t(['返回登录', 'Back to sign-in'])}</a>
      </Typography.Paragraph>
    </Card>
  );
};
