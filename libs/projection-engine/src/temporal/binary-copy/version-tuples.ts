import { EntityModel } from '../entity-model';
import { RowVersion } from '../versions';
import { BinaryFields, FieldValue } from './binary-fields';

/** Fields of a history tuple: key, revision, last position, the model's columns, and the range. */
export const versionFieldCount = (model: { columns: readonly unknown[] }): number => model.columns.length + 4;

/** One version's fields in binary COPY form without its range (history and valid time share them). */
export const versionFields = <R>(
  fields: BinaryFields,
  model: Pick<EntityModel<unknown, R>, 'columns'>,
  id: string,
  v: RowVersion<R>,
): Buffer => {
  fields.reset().text(id).int8(v.revision).int8(v.position);
  for (const c of model.columns) fields.typed(c.type, c.value(v.row as R) as FieldValue);
  return fields.bytes();
};

/** The range field [from, to) (open-ended without `to`). */
export const rangeField = (fields: BinaryFields, from: string, to: string | null): Buffer =>
  fields.reset().range(from, to).bytes();
