import { ReasonDto } from '../../hazards/shared/hazard-dto';

/** A permit not yet used may be cancelled, with a reason. */
export class CancelHotWorkPermitRequest extends ReasonDto {}
