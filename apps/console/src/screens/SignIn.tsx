import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiProblem, Problem, request } from '../api/client';
import { Session, SessionActor } from '../api/session';
import { ProblemAlert } from '../components/ProblemAlert';
import { useT } from '../i18n';
import { useConsole } from '../state';

interface TokenAnswer {
  access_token: string;
  expires_in: number;
  actor: SessionActor;
}

export const SignIn = () => {
  const { t } = useT();
  const { signIn } = useConsole();
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (values: { username: string; password: string }) => {
    setProblem(null);
    try {
      const { body } = await request<TokenAnswer>(null, 'POST', '/auth/token', { body: values });
      const session: Session = {
        token: body.access_token,
        actor: body.actor,
        expiresAt: Date.now() + body.expires_in * 1000,
      };
      signIn(session);
      window.location.hash = '#/registers/hazards';
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error.problem);
    }
  };
  return (
    <Card className="sign-in">
      <Typography.Title level={1}>{t(['登录', 'Sign in'])}</Typography.Title>
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label={t(['用户名', 'Username'])} name="username" htmlFor="username" rules={[{ required: true }]}>
          <Input id="username" autoComplete="username" />
        </Form.Item>
        <Form.Item label={t(['密码', 'Password'])} name="password" htmlFor="password" rules={[{ required: true }]}>
          <Input.Password id="password" autoComplete="current-password" />
        </Form.Item>
        <ProblemAlert problem={problem} />
        <Button type="primary" htmlType="submit" data-testid="sign-in">
          {t(['登录', 'Sign in'])}
        </Button>
      </Form>
      <Typography.Paragraph className="back-link">
        <a href="#/follow-up" data-testid="follow-up-link">
          {t([
            '举报人：凭编号与约定密码查询办理结果（无需登录）',
            'Reporters: follow up with your tip number and claim code (no login)',
          ])}
        </a>
      </Typography.Paragraph>
    </Card>
  );
};
