import { Card, Space, Typography } from 'antd';
import { ValueView } from '../components/ValueView';
import { Freshness } from '../components/Freshness';
import { ProblemAlert } from '../components/ProblemAlert';
import { useT } from '../i18n';
import { useRead } from '../use-read';
import { AuditTrail } from './AuditTrail';

/** A mine as its stream says (now or as of the cut), and its events. */
export const MinePage = ({ id }: { id: string }) => {
  const { t } = useT();
  const read = useRead<{ mine: Record<string, unknown> }>('/mines/{id}', `/mines/${id}`);
  const mine = read.data?.mine ?? {};
  return (
    <Space direction="vertical" size="large" className="page">
      <Card title={<Typography.Title level={2}>{`${t(['矿山', 'Mine'])} ${id}`}</Typography.Title>}>
        <Freshness stamp={read.freshness} uncut={read.uncut} />
        <ProblemAlert problem={read.problem} />
        {read.data && <ValueView value={mine} />}
        <a href={`#/registers/hazards?mineId=${encodeURIComponent(id)}`}>
          {t(['该矿山的隐患', "This mine's hazards"])}
        </a>{' '}
        <a href={`#/records/enterprise-files/${encodeURIComponent(id)}`}>{t(['一企一档', 'Enterprise file'])}</a>
      </Card>
      <AuditTrail entityType="mine" entityId={id} />
    </Space>
  );
};
