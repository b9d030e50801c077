import { ReasonDto } from '../shared/hazard-dto';

export class ReturnRemediationPlanRequest extends ReasonDto {}
