import { ReadQuery } from '../../reads/read-query.dto';

/** asOf (system time) or validAt (valid time), minPosition, limit and cursor: the read query every list takes. */
export class ListProductionSignalsQueryDto extends ReadQuery {}
