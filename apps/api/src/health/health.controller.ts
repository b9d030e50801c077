import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@hazard-ledger/auth';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { formatPosition } from '@hazard-ledger/domain';

@ApiTags('operations 运维')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: '健康检查 / Health: database and event store reachable' })
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 3000 }),
      async () => {
        const indicator = this.indicators.check('eventStore');
        try {
          const head = await this.store.headPosition();
          return indicator.up({ kind: this.store.kind, head: formatPosition(head) });
        } catch (error) {
          return indicator.down({ kind: this.store.kind, error: String(error) });
        }
      },
    ]);
  }
}
