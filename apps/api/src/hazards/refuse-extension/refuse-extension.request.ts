import { ReasonDto } from '../shared/hazard-dto';

export class RefuseExtensionRequest extends ReasonDto {}
