import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { LookbackQueryDto } from '../../lookback.query-dto';

/** The query to run and freeze, with its cut and filters (as GET /lookback/:id takes them). */
export class FreezeLookbackAnswerRequest extends LookbackQueryDto {
  @ApiProperty({ example: 'LB-10-downgrades-amendments' })
  @Matches(/^LB-\d{2}-[a-z0-9-]{1,80}$/, { message: 'queryId 须为倒查查询编号 / queryId must be a look-back query id' })
  queryId!: string;
}
