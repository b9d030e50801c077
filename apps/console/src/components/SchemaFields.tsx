import { Button, Form, Input, InputNumber, Select, Switch } from 'antd';
import { Schema, OpenApiDocument, resolve } from '../api/openapi';
import { useT } from '../i18n';
import { FIELD_LABELS } from '../labels';

type NamePath = (string | number)[];

const idOf = (path: NamePath) => `field-${path.join('-')}`;

/** Form fields generated from a request schema: types, enums, required, descriptions — as the API declares them. */
/** `path` is the form name (relative inside a list entry); `idPath` the full path, for unique element ids. */
export const SchemaFields = (props: { doc: OpenApiDocument; schema: Schema; path?: NamePath; idPath?: NamePath }) => {
  const { lang, h } = useT();
  const { doc, schema } = props;
  const base = props.path ?? [];
  const idBase = props.idPath ?? base;
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([name, raw]) => {
        const field = resolve(doc, raw);
        const path = [...base, name];
        const idOfField = idOf([...idBase, name]);
        const required = schema.required?.includes(name) ?? false;
        const label = FIELD_LABELS[name]?.[lang === 'zh' ? 0 : 1] ?? name;
        const help = h(field.description);
        if (field.type === 'object' && field.properties)
          return (
            <fieldset key={name} className="nested">
              <legend>{label}</legend>
              <SchemaFields doc={doc} schema={field} path={path} idPath={[...idBase, name]} />
            </fieldset>
          );
        if (field.type === 'array' && field.items) {
          const item = resolve(doc, field.items);
          if (item.type === 'object')
            return (
              <fieldset key={name} className="nested">
                <legend>{label}</legend>
                <Form.List name={path}>
                  {(entries, { add, remove }) => (
                    <>
                      {entries.map((entry) => (
                        <div key={entry.key} className="list-entry">
                          <SchemaFields
                            doc={doc}
                            schema={item}
                            path={[entry.name]}
                            idPath={[...idBase, name, entry.name]}
                          />
                          <Button onClick={() => remove(entry.name)}>{lang === 'zh' ? '删除' : 'Remove'}</Button>
                        </div>
                      ))}
                      <Button onClick={() => add({})}>{lang === 'zh' ? `添加${label}` : `Add ${label}`}</Button>
                    </>
                  )}
                </Form.List>
              </fieldset>
            );
          return (
            <Form.Item key={name} name={path} label={label} required={required} htmlFor={idOfField} extra={help}>
              <Select id={idOfField} mode="tags" options={item.enum?.map((v) => ({ value: v, label: String(v) }))} />
            </Form.Item>
          );
        }
        return (
          <Form.Item
            key={name}
            name={path}
            label={label}
            required={required}
            htmlFor={idOfField}
            extra={help}
            valuePropName={field.type === 'boolean' ? 'checked' : 'value'}
          >
            {field.enum ? (
              <Select id={idOfField} allowClear options={field.enum.map((v) => ({ value: v, label: String(v) }))} />
            ) : field.type === 'boolean' ? (
              <Switch id={idOfField} />
            ) : field.type === 'integer' || field.type === 'number' ? (
              <InputNumber id={idOfField} min={field.minimum} max={field.maximum} />
            ) : name === 'password' ? (
              <Input.Password id={idOfField} autoComplete="current-password" />
            ) : (field.maxLength ?? 0) > 200 ? (
              <Input.TextArea id={idOfField} autoSize={{ minRows: 2 }} maxLength={field.maxLength} />
            ) : (
              <Input
                id={idOfField}
                maxLength={field.maxLength}
                placeholder={field.format === 'date-time' ? 'YYYY-MM-DDTHH:mm:ss.sssZ' : undefined}
              />
            )}
          </Form.Item>
        );
      })}
    </>
  );
};

/**
 * The schema's examples for the required fields as a starting value (training and demos); every field stays
 * editable before sending, and optional ones stay empty.
 */
export const exampleOf = (doc: OpenApiDocument, raw: Schema | undefined): unknown => {
  const schema = resolve(doc, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.type === 'object' || schema.properties)
    return Object.fromEntries(
      Object.entries(schema.properties ?? {})
        .filter(([name]) => name !== 'password' && (schema.required ?? []).includes(name))
        .map(([name, s]) => [name, exampleOf(doc, s)])
        .filter(([, v]) => v !== undefined),
    );
  if (schema.type === 'array') {
    const item = exampleOf(doc, schema.items);
    return item === undefined ? undefined : [item];
  }
  return schema.enum?.[0];
};
