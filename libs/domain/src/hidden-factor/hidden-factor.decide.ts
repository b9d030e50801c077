import { cstDay, requireDay, requireOneOf, requireText } from '../shared/field-checks';
import {
  CrossValidateHiddenFactor,
  DISCOVERY_METHODS,
  FactorSize,
  HIDDEN_FACTOR_KINDS,
  HiddenFactorCommand,
  RecordHiddenFactor,
  RecordHiddenFactorTreatment,
  TREATMENT_STAGES,
  VerifyHiddenFactorTreatment,
} from './hidden-factor.commands';
import {
  CrossValidationRequired,
  VerifierTreatedIt,
  HiddenFactorAlreadyRecorded,
  HiddenFactorDetailsInvalid as Invalid,
  HiddenFactorNotRecorded,
  InvalidHiddenFactorTransition,
  SameMethodNoCrossValidation,
} from './hidden-factor.errors';
import { HiddenFactorEvent } from './hidden-factor.events';
import { HiddenFactor } from './hidden-factor.state';

type Recorded = Extract<HiddenFactor, { status: 'recorded' }>;
const MEASURES = ['areaM2', 'volumeM3', 'heightM', 'spanM'] as const;

const existing = (state: HiddenFactor, command: HiddenFactorCommand): Recorded => {
  if (state.status === 'not_recorded') throw new HiddenFactorNotRecorded(command.type);
  if (command.data.factorId !== state.factorId)
    throw new Invalid('factorId', '与所加载的记录不符', 'does not match the loaded factor');
  return state;
};
const by = (command: HiddenFactorCommand) => ({ by: command.metadata.actor.id, at: command.metadata.now });

const sizeOf = (size: FactorSize | undefined): FactorSize => {
  if (!size || typeof size !== 'object') throw new Invalid('size', '须填写规模', 'is required');
  const given = MEASURES.filter((m) => size[m] !== undefined && size[m] !== null);
  if (given.length === 0)
    throw new Invalid('size', '须至少一项（面积/体积/高度/跨度）', 'needs area, volume, height or span');
  for (const m of given)
    if (
      typeof size[m] !== 'number' ||
      !Number.isFinite(size[m]) ||
      (size[m] as number) <= 0 ||
      (size[m] as number) > 1e9
    )
      throw new Invalid(`size.${m}`, '须为正数', 'must be a positive number');
  return Object.fromEntries(given.map((m) => [m, size[m]]));
};

const record = (command: RecordHiddenFactor, state: HiddenFactor): HiddenFactorEvent => {
  if (state.status !== 'not_recorded') throw new HiddenFactorAlreadyRecorded(state.factorId);
  const d = command.data;
  const foundOn = requireDay(Invalid, d.foundOn, 'foundOn');
  if (foundOn > cstDay(command.metadata.now)) throw new Invalid('foundOn', '不能晚于今天', 'must not be in the future');
  return {
    type: 'HiddenFactorRecorded',
    data: {
      factorId: d.factorId,
      mineId: requireText(Invalid, d.mineId, 'mineId', 100),
      kind: requireOneOf(Invalid, d.kind, HIDDEN_FACTOR_KINDS, 'kind'),
      location: requireText(Invalid, d.location, 'location', 500),
      size: sizeOf(d.size),
      method: requireOneOf(Invalid, d.method, DISCOVERY_METHODS, 'method'),
      mapRef: requireText(Invalid, d.mapRef, 'mapRef', 200),
      foundOn,
      ...by(command),
    },
  };
};

const crossValidate = (command: CrossValidateHiddenFactor, state: HiddenFactor): HiddenFactorEvent => {
  const factor = existing(state, command);
  const method = requireOneOf(Invalid, command.data.method, DISCOVERY_METHODS, 'method');
  if (factor.methods.includes(method)) throw new SameMethodNoCrossValidation(method);
  if (typeof command.data.confirmed !== 'boolean') throw new Invalid('confirmed', '须为是/否', 'must be true or false');
  const note = requireText(Invalid, command.data.note, 'note');
  return {
    type: 'HiddenFactorCrossValidated',
    data: { factorId: factor.factorId, method, confirmed: command.data.confirmed, note, ...by(command) },
  };
};

/** untreated → in_treatment → treated; a treatment may also be recorded as done in one step. */
const treat = (command: RecordHiddenFactorTreatment, state: HiddenFactor): HiddenFactorEvent => {
  const factor = existing(state, command);
  const stage = requireOneOf(Invalid, command.data.stage, TREATMENT_STAGES, 'stage');
  const allowed = stage === 'in_treatment' ? ['untreated'] : ['untreated', 'in_treatment'];
  if (!allowed.includes(factor.treatment)) throw new InvalidHiddenFactorTransition(factor.treatment, command.type);
  const measures = requireText(Invalid, command.data.measures, 'measures');
  return {
    type: 'HiddenFactorTreatmentRecorded',
    data: { factorId: factor.factorId, stage, measures, ...by(command) },
  };
};

const verify = (command: VerifyHiddenFactorTreatment, state: HiddenFactor): HiddenFactorEvent => {
  const factor = existing(state, command);
  if (factor.treatment !== 'treated') throw new InvalidHiddenFactorTransition(factor.treatment, command.type);
  if (!factor.crossValidated) throw new CrossValidationRequired();
  const { actor } = command.metadata;
  if ((factor.treatedBy ?? []).includes(actor.id)) throw new VerifierTreatedIt(actor.id);
  const note = requireText(Invalid, command.data.note, 'note');
  return { type: 'HiddenFactorTreatmentVerified', data: { factorId: factor.factorId, note, ...by(command) } };
};

export const decideHiddenFactor = (command: HiddenFactorCommand, state: HiddenFactor): HiddenFactorEvent[] => {
  switch (command.type) {
    case 'RecordHiddenFactor':
      return [record(command, state)];
    case 'CrossValidateHiddenFactor':
      return [crossValidate(command, state)];
    case 'RecordHiddenFactorTreatment':
      return [treat(command, state)];
    case 'VerifyHiddenFactorTreatment':
      return [verify(command, state)];
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown hidden-factor command ${JSON.stringify(unhandled)}`);
    }
  }
};
