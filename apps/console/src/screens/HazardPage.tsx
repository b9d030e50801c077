import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Freshness } from '../components/Freshness';
import { ProblemAlert } from '../components/ProblemAlert';
import { StepForm, StepSpec } from '../components/StepForm';
import { ValueView } from '../components/ValueView';
import { useT } from '../i18n';
import { FIELD_LABELS, STATUS_LABELS, labelOf } from '../labels';
import { useConsole } from '../state';
import { useRead } from '../use-read';
import { AuditTrail } from './AuditTrail';
import { KnowledgeTimeline } from './KnowledgeTimeline';

interface HazardView {
  hazard: Record<string, unknown> & { status: string; major?: Record<string, unknown> };
  revision: string;
}

/** A hazard now or as of the cut: its state, the steps the user may take, every event, who knew and who viewed. */
export const HazardPage = ({ id }: { id: string }) => {
  const { t, lang } = useT();
  const { asOf, openApi } = useConsole();
  const [chosen, setChosen] = useState<StepSpec | null>(null);
  const view = useRead<HazardView>('/hazards/{id}', `/hazards/${id}`);
  // Steps are about now: none are offered while looking at the past.
  const steps = useRead<{ steps: StepSpec[] }>(
    '/console/hazards/{id}/steps',
    asOf ? null : `/console/hazards/${id}/steps`,
  );
  const hazard = view.data?.hazard;
  const summaryOf = (path: string) => openApi?.paths[path]?.post?.summary ?? path;
  const field = (key: string) => labelOf(FIELD_LABELS, key)[lang === 'zh' ? 0 : 1];

  return (
    <Space direction="vertical" size="large" className="page">
      <Card title={<Typography.Title level={2}>{`${t(['隐患', 'Hazard'])} ${id.slice(0, 8)}`}</Typography.Title>}>
        <Freshness stamp={view.freshness} uncut={view.uncut} />
        <ProblemAlert problem={view.problem} />
        {hazard && (
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="hazard-state">
            <Descriptions.Item label={field('status')}>
              <Tag color="blue" data-testid="hazard-status">
                {labelOf(STATUS_LABELS, hazard.status)[lang === 'zh' ? 0 : 1]}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={field('grade')}>
              {hazard.major ? t(['重大事故隐患', 'major']) : 'general' in hazard ? t(['一般隐患', 'general']) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={field('mineId')}>
              <a href={`#/mines/${String(hazard.mineId)}`}>{String(hazard.mineId)}</a>
            </Descriptions.Item>
            <Descriptions.Item label={field('source')}>{String(hazard.source ?? '—')}</Descriptions.Item>
            <Descriptions.Item label={field('description')}>{String(hazard.description ?? '—')}</Descriptions.Item>
            <Descriptions.Item label={field('location')}>{String(hazard.location ?? '—')}</Descriptions.Item>
            <Descriptions.Item label={field('deadline')}>
              <ValueView value={hazard.major?.deadline ?? hazard.major?.planDeadline} />
            </Descriptions.Item>
            <Descriptions.Item label={t(['修订号', 'Revision'])}>{view.data?.revision}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      {!asOf && !view.problem && (
        <Card title={t(['可执行的步骤', 'Steps you may take now'])} data-testid="steps">
          <ProblemAlert problem={steps.problem} />
          {steps.data?.steps.length === 0 && <Empty description={t(['当前无可执行步骤', 'No step for you now'])} />}
          <Space wrap>
            {steps.data?.steps.map((step) => (
              <Tag.CheckableTag
                key={step.command}
                checked={chosen?.command === step.command}
                onChange={() => setChosen(step)}
                data-testid={`choose-${step.command}`}
              >
                {summaryOf(step.path).split(' / ')[lang === 'zh' ? 0 : 1] ?? step.command}
                {step.signed ? ' ✍' : ''}
              </Tag.CheckableTag>
            ))}
          </Space>
          {chosen && (
            <StepForm
              key={chosen.command}
              step={chosen}
              title={summaryOf(chosen.path)}
              hazardId={id}
              revision={view.data?.revision}
              onDone={() => {
                setChosen(null);
                view.reload();
                steps.reload();
              }}
            />
          )}
        </Card>
      )}
      {/* A hazard the user may not read (or that did not exist at the cut) shows its problem once. */}
      {!view.problem && <AuditTrail entityType="hazard" entityId={id} />}
      {!view.problem && <KnowledgeTimeline hazardId={id} />}
    </Space>
  );
};
