import { Button, Form, Input, Select } from 'antd';
import { Parameter } from '../api/openapi';
import { useT } from '../i18n';
import { FIELD_LABELS } from '../labels';

/** Filters of a list, one per query parameter the API declares (enums as choices, booleans as yes/no). */
export const FilterBar = (props: {
  parameters: Parameter[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
}) => {
  const { t, h, lang } = useT();
  const [form] = Form.useForm<Record<string, string>>();
  if (props.parameters.length === 0) return null;
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
      {props.parameters.map((p) => {
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
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t(['筛选', 'Filter'])}
        </Button>
      </Form.Item>
    </Form>
  );
};
