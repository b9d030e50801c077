import { Alert } from 'antd';
import { Problem } from '../api/client';
import { useT } from '../i18n';

/** A problem from the API in the user's language (the API writes each as "中文 / English"). */
export const ProblemAlert = ({ problem }: { problem: Problem | null }) => {
  const { h } = useT();
  if (!problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={`${problem.status || ''} ${h(problem.title)}`.trim()}
      description={h(problem.detail)}
    />
  );
};
