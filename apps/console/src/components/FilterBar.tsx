import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { Parameter } from '../api/openapi';
import { useT } from '../i18n';
import { FIELD_LABELS } from '../labels';

const FIRST = 5;

/** Filters of a list, one per query parameter the API declares (enums as choices, booleans as yes/no). */
export const FilterBar = (props: {
  parameters: Parameter[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
}) => {
  const { t, h, lang } = useT();
  const [form] = Form.useForm<Record<string, string>>();
  const [all, setAll] = useState(false);
  if (props.parameters.length === 0) return null;
  // The first few filters, and the rest on request: a tablet screen has room for the table too.
  const shown = all ? props.parameters : props.parameters.filter((p, i) => i < FIRST || props.values[p.name]);
  const label = (p: Parameter) => FIELD_LABELS[p.name]?.[lang === 'zh' ? 0 : 1] ?? p.name;
  return (
    <Form
      form={form}
      layout="inline"
      className="filters"
      initialValues={props.values}
      onFinish={(values) =>
        props.onChange(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')))
      }
    >
      {shown.map((p) => {
        const schema = p.schema ?? {};
        const options =
          schema.type === 'boolean'
            ? [
                { value: 'true', label: t(['是', 'yes']) },
                { value: 'false', label: t(['否', 'no']) },
              ]
            : schema.enum?.map((v) => ({ value: String(v), label: String(v) }));
        const id = `filter-${p.name}`;
        return (
          <Form.Item key={p.name} name={p.name} label={label(p)} htmlFor={id} tooltip={h(p.description)}>
            {options ? (
              <Select id={id} allowClear options={options} style={{ minWidth: 120 }} />
            ) : (
              <Input id={id} allowClear placeholder={schema.format === 'date-time' ? 'YYYY-MM-DDTHH:mm:ssZ' : ''} />
            )}
          </Form.Item>
        );
      })}
      {props.parameters.length > FIRST && (
        <Form.Item>
          <Button type="link" onClick={() => setAll(!all)} aria-expanded={all}>
            {all ? t(['收起筛选', 'Fewer filters']) : t(['更多筛选', 'More filters'])}
          </Button>
        </Form.Item>
      )}
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t(['筛选', 'Filter'])}
        </Button>
      </Form.Item>
    </Form>
  );
};
