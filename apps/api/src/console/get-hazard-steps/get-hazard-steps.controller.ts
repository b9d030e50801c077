import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { HazardDirectory } from '../../reads/hazard-directory';
import { ApiProblemResponse } from '../../shared/problem-responses';
import { AvailableStep, availableSteps } from './available-steps';

export interface HazardSteps {
  hazardId: string;
  status: string;
  revision: string;
  steps: AvailableStep[];
}

/** What the signed-in user may do to a hazard now: the console offers exactly these forms (no rules in the browser). */
@ApiTags('console 控制台')
@ApiBearerAuth()
@Controller('console/hazards')
export class GetHazardStepsController {
  constructor(private readonly hazards: HazardDirectory) {}

  @Get(':id/steps')
  @ApiOperation({
    summary: '当前可执行的步骤 / The lifecycle steps the signed-in user may take on this hazard now',
    description:
      '由访问表与隐患当前状态（判定器）得出；每步给出其 OpenAPI 路径与签名含义 / Derived from the access table and the ' +
      "hazard's current state (the decider); each step names its OpenAPI path and, when signed, the signature's meaning.",
  })
  @ApiOkResponse({
    schema: {
      example: {
        hazardId: '6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11',
        status: 'sign_off_requested',
        revision: '9',
        steps: [
          {
            command: 'SignOffHazard',
            method: 'post',
            path: '/hazards/{id}/sign-off',
            signed: true,
            meaning: { code: 'sign_off_issued', text: '销号签发 / sign-off issued' },
          },
        ],
      },
    },
  })
  @ApiProblemResponse(404, '未找到 / Not found', '隐患不存在 / Hazard does not exist')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<HazardSteps> {
    const { target, current } = await this.hazards.locate(id);
    assertCanRead(actor, target);
    return {
      hazardId: id,
      status: current.hazard.status,
      revision: String(current.revision),
      steps: availableSteps(current.hazard, target, actor, new Date().toISOString()),
    };
  }
}
