import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor, RegisteredMine, formatPosition } from '@hazard-ledger/domain';
import { etagOf } from '../../shared/etag';
import { MineDirectory } from '../../shared/mine-directory';
import { ApiProblemResponse } from '../../shared/problem-responses';

@ApiTags('mines 矿山')
@ApiBearerAuth()
@Controller('mines')
export class GetMineController {
  constructor(private readonly mines: MineDirectory) {}

  @Get(':id')
  @ApiOperation({ summary: '矿山当前状态 / A mine as its events say now (folded from its stream)' })
  @ApiOkResponse({
    schema: {
      example: {
        status: 'Producing',
        mineId: 'mine-demo-1',
        siteType: 'underground',
        jurisdiction: '140404',
        riskGrade: 'B',
      },
    },
  })
  @ApiProblemResponse(404, '未找到 / Not found', '矿山未登记 / Mine not registered')
  async get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RegisteredMine> {
    const { mine, revision, logPosition } = await this.mines.find(id);
    if (mine.status === 'Unregistered' || revision === undefined)
      throw new NotFoundException(`矿山 ${id} 未登记 / Mine ${id} is not registered`);
    assertCanRead(actor, { mineId: id, jurisdiction: mine.jurisdiction });
    response.setHeader('ETag', etagOf(revision));
    // The body is the mine itself (unchanged contract); the read stamp travels in headers.
    if (logPosition) response.setHeader('X-As-Of-Position', formatPosition(logPosition));
    response.setHeader('X-Lag-Ms', '0');
    return mine;
  }
}
