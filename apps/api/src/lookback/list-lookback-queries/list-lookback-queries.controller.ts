import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { LOOKBACK_QUERIES } from '@hazard-ledger/read-models';
import { assertLookBackRole } from '../../audit/audit-roles';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback')
export class ListLookbackQueriesController {
  @Get()
  @ApiOperation({
    summary: '倒查查询目录 / The look-back queries: id, version, title, description, parameters, source, limits',
  })
  list(@CurrentActor() actor: Actor) {
    assertLookBackRole(actor);
    return {
      queries: LOOKBACK_QUERIES.map(({ id, version, title, description, source, params, limits, columns }) => ({
        id,
        version,
        title,
        description,
        source,
        params,
        limits,
        columns,
      })),
    };
  }
}
