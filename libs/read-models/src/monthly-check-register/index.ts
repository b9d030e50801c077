import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { CreateMonthlyCheckRegister1765200100000 } from './create-monthly-check-register.migration';
import { monthlyCheckRegisterModel } from './monthly-check-register.model';

/** 月度重大事故隐患排查: the register of checks and the board (done / late / missing / "none found" but a major hazard existed). */
export * from './monthly-check-file';
export * from './monthly-check-register.model';
export * from './monthly-check-register.query';
export * from './monthly-check-board.query';
export { CreateMonthlyCheckRegister1765200100000 };

export const monthlyCheckRegister = temporalProjection(monthlyCheckRegisterModel);
export const monthlyCheckRegisterDefinitions: ProjectionDefinition[] = [monthlyCheckRegister];
export const monthlyCheckRegisterMigrations = [CreateMonthlyCheckRegister1765200100000];
