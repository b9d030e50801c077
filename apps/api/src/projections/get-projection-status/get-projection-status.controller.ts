import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionsService } from '@hazard-ledger/read-models';

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
        { name: 'stream-catalogue', state: 'running', checkpoint: '812/40', lagEvents: 0, runsInThisProcess: true },
      ],
    },
  })
  status() {
    return this.projections.status();
  }
}
