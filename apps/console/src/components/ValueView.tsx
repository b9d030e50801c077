import { Descriptions } from 'antd';
import { useT } from '../i18n';
import { FIELD_LABELS } from '../labels';

const isInstant = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any JSON the API answers, readable: objects as label/value lists, lists of objects as tables, times local. */
export const ValueView = ({ value }: { value: unknown }) => {
  const { lang, h, t } = useT();
  const label = (key: string) => FIELD_LABELS[key]?.[lang === 'zh' ? 0 : 1] ?? key;
  if (value === null || value === undefined || value === '') return <>—</>;
  if (typeof value === 'boolean') return <>{value ? t(['是', 'yes']) : t(['否', 'no'])}</>;
  if (isInstant(value)) return <time dateTime={value}>{new Date(value).toLocaleString()}</time>;
  if (typeof value === 'string')
    return <span className="record-value">{value.includes(' / ') ? h(value) : value}</span>;
  if (typeof value !== 'object') return <>{String(value)}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <>—</>;
    if (!value.every(isRecord)) return <>{value.map((v) => String(v)).join('，')}</>;
    const keys = [...new Set(value.flatMap((row) => Object.keys(row)))];
    return (
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t(['列表', 'List'])}>
        <table className="value-table">
          <thead>
            <tr>
              {keys.map((k) => (
                <th key={k} scope="col">
                  {label(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {value.map((row, i) => (
              <tr key={i}>
                {keys.map((k) => (
                  <td key={k}>
                    <ValueView value={row[k]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <Descriptions bordered size="small" column={1}>
      {Object.entries(value).map(([k, v]) => (
        <Descriptions.Item key={k} label={label(k)}>
          <ValueView value={v} />
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
};

/** The record itself when the answer wraps it (`{ inspection: {…}, revision }`), else the answer. */
export const recordOf = (body: Record<string, unknown>): Record<string, unknown> => {
  const wrapped = Object.entries(body).filter(([, v]) => isRecord(v));
  return wrapped.length === 1 ? { ...(wrapped[0][1] as Record<string, unknown>), revision: body.revision } : body;
};
