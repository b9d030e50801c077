import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionsService } from '@hazard-ledger/projection-engine';

@ApiTags('operations 运维')
@ApiBearerAuth()
@Controller('projections')
export class GetProjectionStatusController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @ApiOperation({ summary: '投影状态 / Projection status: checkpoint, lag (events), state' })
  @ApiOkResponse({
    schema: {
      example: [
        {
          name: 'hazard-ledger',
          state: 'running',
          checkpoint: '812/40',
          lagEvents: 0,
          lagMs: 0,
          eventsApplied: 40,
          updatedAt: '2026-11-30T08:00:00.000000Z',
          runsInThisProcess: true,
        },
      ],
    },
  })
  status() {
    return this.projections.status();
  }
}
