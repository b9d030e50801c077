import { Alert, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiProblem, Problem, download, request } from '../api/client';
import { Freshness } from '../components/Freshness';
import { ProblemAlert } from '../components/ProblemAlert';
import { Scrollable } from '../components/Scrollable';
import { ValueView } from '../components/ValueView';
import { useT } from '../i18n';
import { hashQuery } from '../router';
import { useConsole } from '../state';
import { useRead } from '../use-read';
import { LookbackPager } from './LookbackPager';
import { Answer, CatalogueQuery, Evidence, Text, cellOf } from './lookback-answer';

/**
 * 执法责任倒查: a query of the catalogue, its parameters, run at the console's as-of cut; rows with their evidence,
 * the cut used, export. With `?caseId=` the run is recorded in that case and the answer can be frozen into it.
 */
export const Lookback = () => {
  const { t, lang } = useT();
  const { session, asOf } = useConsole();
  const caseId = hashQuery().caseId;
  const catalogue = useRead<{ queries: CatalogueQuery[] }>('/lookback', '/lookback');
  const queries = catalogue.data?.queries ?? [];
  const [queryId, setQueryId] = useState<string | undefined>(hashQuery().query);
  const [params, setParams] = useState<Record<string, string> | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [frozen, setFrozen] = useState<{ answerDigest: string } | null>(null);
  // The cursors of the pages before this one, and the cut the first page used (later pages are read at it).
  const [pages, setPages] = useState<{ cursors: string[]; asOf?: string }>({ cursors: [] });
  const [pageRows, setPageRows] = useState(50);
  const chosen = queries.find((q) => q.id === queryId);
  const cursor = pages.cursors.at(-1);
  const read = useRead<Answer>(
    '/lookback/{id}',
    chosen && params ? `/lookback/${encodeURIComponent(chosen.id)}` : null,
    {
      ...params,
      ...(caseId ? { caseId } : {}),
      limit: String(pageRows),
      ...(pages.asOf ? { asOf: pages.asOf } : {}),
      ...(cursor ? { cursor } : {}),
    },
  );
  const answer = params ? read.data : null;
  const run = (values: Record<string, string>) => {
    setPages({ cursors: [] });
    setParams({ ...values });
  };
  const nextPage = () =>
    answer?.page?.nextCursor &&
    setPages({ cursors: [...pages.cursors, answer.page.nextCursor], asOf: pages.asOf ?? answer.cut.asOf });
  const previousPage = () => setPages({ ...pages, cursors: pages.cursors.slice(0, -1) });
  const tx = (text: Text) => (lang === 'zh' ? text.zh : text.en);
  // Export and freeze take the whole answer at the cut on screen (the pages' cut), not a later "now".
  const shownAsOf = asOf ?? pages.asOf ?? answer?.cut.asOf;
  const cutQuery = () => ({ ...params, ...(shownAsOf ? { asOf: shownAsOf } : {}) });
  // A new console-wide cut starts the pages again.
  useEffect(() => setPages({ cursors: [] }), [asOf]);

  const exportXlsx = async () => {
    if (!session || !chosen) return;
    setProblem(null);
    await download(session, `/lookback/${chosen.id}/export.xlsx`, cutQuery(), `${chosen.id}.xlsx`).catch(
      (error: unknown) => error instanceof ApiProblem && setProblem(error.problem),
    );
  };
  const freeze = async () => {
    if (!chosen || !caseId) return;
    setProblem(null);
    try {
      const path = `/lookback-cases/${encodeURIComponent(caseId)}/frozen-answers`;
      const { body } = await request<{ answerDigest: string }>(session, 'POST', path, {
        body: { queryId: chosen.id, ...cutQuery() },
      });
      setFrozen(body);
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error.problem);
    }
  };

  const columns = (chosen?.columns ?? []).map((c) => ({
    key: c.field,
    dataIndex: c.field,
    title: c.header,
    render: (value: unknown) => <ValueView value={cellOf(value)} />,
  }));
  return (
    <Space direction="vertical" size="large" className="page">
      <Card title={<Typography.Title level={2}>{t(['执法责任倒查', 'Look-back'])}</Typography.Title>}>
        {caseId && (
          <Alert
            type="info"
            showIcon
            data-testid="in-case"
            title={t(['在倒查案件中查询：每次运行均记入案件', 'Inside a look-back case: every run is recorded in it'])}
            description={<a href={`#/lookback-cases/${caseId}`}>{caseId}</a>}
          />
        )}
        <ProblemAlert problem={catalogue.problem} />
        <Form layout="vertical" onFinish={run}>
          <Form.Item label={t(['倒查查询', 'Query'])} htmlFor="lookback-query">
            <Select
              id="lookback-query"
              data-testid="lookback-query"
              showSearch
              optionFilterProp="label"
              // 27 short options: rendered whole, so an option never moves under the pointer while the list scrolls.
              virtual={false}
              value={queryId}
              onChange={(id: string) => {
                setQueryId(id);
                setParams(null);
                setPages({ cursors: [] });
                setFrozen(null);
              }}
              options={queries.map((q) => ({ value: q.id, label: `${q.id} ${tx(q.title)}` }))}
            />
          </Form.Item>
          {chosen && (
            <>
              <Typography.Paragraph>{tx(chosen.description)}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">{`${chosen.source} · ${tx(chosen.limits)}`}</Typography.Paragraph>
              {chosen.params.map((p) => (
                <Form.Item
                  key={`${chosen.id}-${p.name}`}
                  name={p.name}
                  label={`${p.name} · ${tx(p.description)}`}
                  htmlFor={`param-${p.name}`}
                  initialValue={p.default === undefined ? undefined : String(p.default)}
                >
                  <Input id={`param-${p.name}`} />
                </Form.Item>
              ))}
              <Button type="primary" htmlType="submit" data-testid="run-lookback">
                {t(['运行', 'Run'])}
              </Button>
            </>
          )}
        </Form>
      </Card>
      {chosen && params && (
        <Card
          title={t(['结果与证据', 'Rows and their evidence'])}
          extra={
            <Space wrap>
              <Button onClick={exportXlsx} data-testid="export-lookback">
                {t(['导出 Excel', 'Export Excel'])}
              </Button>
              {caseId && session?.actor.role === 'investigator' && !asOf && (
                <Button onClick={freeze} data-testid="freeze-answer">
                  {t(['冻结入卷', 'Freeze into the case'])}
                </Button>
              )}
            </Space>
          }
        >
          <Freshness stamp={read.freshness} uncut={read.uncut} />
          <ProblemAlert problem={read.problem ?? problem} />
          {frozen && (
            <Alert
              type="success"
              showIcon
              data-testid="frozen"
              title={t(['已冻结入卷', 'Frozen into the case'])}
              description={<a href={`#/lookback-cases/${caseId}`}>{`SM3 ${frozen.answerDigest}`}</a>}
            />
          )}
          {answer && (
            <div data-testid="lookback-cut">
              <ValueView value={{ ...answer.cut, total: answer.total, answerDigest: answer.answerDigest }} />
            </div>
          )}
          {answer && (
            <LookbackPager
              index={pages.cursors.length}
              total={answer.total}
              hasNext={Boolean(answer.page?.nextCursor)}
              onPrevious={previousPage}
              onNext={nextPage}
              pageRows={pageRows}
              onPageRows={(n) => {
                setPageRows(n);
                setPages({ cursors: [] });
              }}
            />
          )}
          <Scrollable label={t(['倒查结果', 'Look-back rows'])}>
            <Table
              rowKey="key"
              dataSource={answer?.rows ?? []}
              columns={columns}
              loading={read.loading}
              pagination={false}
              size="small"
              rowClassName={(row) => (row.writtenAfterCaseOpened ? 'row-after-case' : '')}
              expandable={{
                expandedRowRender: (row) => <Evidence rows={row.evidence} />,
                rowExpandable: (row) => row.evidence.length > 0,
              }}
              footer={() =>
                answer?.rows.some((r) => r.writtenAfterCaseOpened) ? (
                  <span className="after-case-note">
                    {t(['橙色行：立案后写入的证据', 'Orange rows: evidence written after the case opened'])}
                  </span>
                ) : null
              }
            />
          </Scrollable>
        </Card>
      )}
    </Space>
  );
};
