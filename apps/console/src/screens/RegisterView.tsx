import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiProblem, Problem, download } from '../api/client';
import { filterParameters } from '../api/openapi';
import { Freshness } from '../components/Freshness';
import { ProblemAlert } from '../components/ProblemAlert';
import { Scrollable } from '../components/Scrollable';
import { FilterBar } from '../components/FilterBar';
import { useT } from '../i18n';
import { FIELD_LABELS, STATUS_LABELS, VALUE_LABELS, labelOf } from '../labels';
import { useConsole } from '../state';
import { useRead } from '../use-read';
import { hashQuery } from '../router';
import { RegisterScreen } from './registers';
import { recordKind } from './records';

type Row = Record<string, unknown>;

const rowsOf = (body: unknown): Row[] => {
  if (!body || typeof body !== 'object') return [];
  const list = Object.values(body as Record<string, unknown>).find(Array.isArray);
  return (list as Row[] | undefined) ?? [];
};

// A UUID is recognisable by its first 8 characters; other ids (mine-demo-1.2026-10) are shown whole.
const shortId = (id: string) => (/^[0-9a-f]{8}-[0-9a-f]{4}-/.test(id) ? id.slice(0, 8) : id);

const isInstant = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v);

/** Flagged overdue by the API, or still open and past its deadline at the moment looked at (now, or the cut). */
const overdue = (row: Row, at: number): boolean =>
  row.overdue === true || (row.open === true && isInstant(row.deadline) && Date.parse(row.deadline) < at);

/** One list screen, generated from its entry in REGISTERS and the API's description of the operation. */
export const RegisterView = ({ screen }: { screen: RegisterScreen }) => {
  const { t, lang } = useT();
  const { openApi, session, asOf } = useConsole();
  const [filters, setFilters] = useState<Record<string, string>>(() => ({ ...screen.defaults?.(), ...hashQuery() }));
  const [cursor, setCursor] = useState<string | undefined>();
  const [exportProblem, setExportProblem] = useState<Problem | null>(null);
  const read = useRead<Record<string, unknown>>(screen.path, screen.path, { ...filters, cursor });
  const rows = rowsOf(read.data);
  const parameters = openApi ? filterParameters(openApi, screen.path) : [];
  const exportPath = `${screen.path}/export`;
  const canExport = Boolean(openApi?.paths[exportPath]?.get);
  const at = asOf ? Date.parse(asOf) : Date.now();
  const record = recordKind(screen.create);
  const creatable = record?.creators?.includes(session?.actor.role ?? '') && !asOf ? record : undefined;

  const columns = useMemo(() => {
    const keys =
      screen.columns ??
      Object.keys(rows[0] ?? {})
        .filter((k) => ['string', 'number', 'boolean'].includes(typeof rows[0][k]))
        .slice(0, 9);
    return keys.map((key) => ({
      key,
      dataIndex: key,
      title: labelOf(FIELD_LABELS, key)[lang === 'zh' ? 0 : 1],
      render: (value: unknown, row: Row) => {
        if (key === 'status' && typeof value === 'string') return labelOf(STATUS_LABELS, value)[lang === 'zh' ? 0 : 1];
        if (key === 'deadline' && overdue(row, at))
          return <Tag color="red">{`${new Date(value as string).toLocaleDateString()} ${t(['逾期', 'overdue'])}`}</Tag>;
        if (typeof value === 'boolean') return value ? t(['是', 'yes']) : t(['否', 'no']);
        if (isInstant(value)) return new Date(value).toLocaleString();
        const link = screen.rowLink?.(row);
        if (key === keys[0] && link) return <a href={link}>{shortId(String(value))}</a>;
        if ((key === 'mineId' || key === 'mineName') && typeof row.mineId === 'string')
          return <a href={`#/mines/${encodeURIComponent(row.mineId)}`}>{String(value ?? row.mineId)}</a>;
        if (typeof value === 'string' && VALUE_LABELS[value]) return VALUE_LABELS[value][lang === 'zh' ? 0 : 1];
        return value === null || value === undefined ? '—' : String(value);
      },
    }));
  }, [rows, screen, lang, at, t]);

  const exportXlsx = async () => {
    if (!session) return;
    setExportProblem(null);
    try {
      await download(
        session,
        exportPath,
        { ...filters, format: 'xlsx', ...(asOf ? { asOf } : {}) },
        `${screen.key}.xlsx`,
      );
    } catch (error) {
      if (error instanceof ApiProblem) setExportProblem(error.problem);
    }
  };

  const next = read.data?.nextCursor;
  return (
    <Card
      title={<Typography.Title level={2}>{t(screen.title)}</Typography.Title>}
      extra={
        <Space wrap>
          {creatable && (
            <Button href={`#/create/${creatable.kind}`}>{`${t(['新建', 'New'])} ${t(creatable.title)}`}</Button>
          )}
          {canExport && (
            <Button onClick={exportXlsx} data-testid="export-xlsx">
              {t(['导出 Excel', 'Export Excel'])}
            </Button>
          )}
        </Space>
      }
    >
      <FilterBar
        parameters={parameters}
        values={filters}
        onChange={(values) => {
          setCursor(undefined);
          setFilters(values);
        }}
      />
      <Freshness stamp={read.freshness} uncut={read.uncut} />
      <ProblemAlert problem={read.problem ?? exportProblem} />
      <Scrollable label={t(screen.title)}>
        <Table
          rowKey={(row) => String(row.hazardId ?? row.id ?? row.accessId ?? JSON.stringify(row))}
          dataSource={rows}
          columns={columns}
          loading={read.loading}
          pagination={false}
          size="middle"
          rowClassName={(row) => (overdue(row, at) ? 'row-overdue' : '')}
          onRow={(row) => ({
            onDoubleClick: () => {
              const link = screen.rowLink?.(row);
              if (link) window.location.hash = link;
            },
          })}
        />
      </Scrollable>
      <Space className="pager">
        <span>
          {t(['共', 'Total'])} {String(read.data?.total ?? rows.length)}
        </span>
        <Button disabled={!cursor} onClick={() => setCursor(undefined)}>
          {t(['第一页', 'First page'])}
        </Button>
        <Button disabled={typeof next !== 'string'} onClick={() => setCursor(next as string)}>
          {t(['下一页', 'Next page'])}
        </Button>
      </Space>
    </Card>
  );
};
