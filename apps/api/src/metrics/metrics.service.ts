import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { LogPosition, parsePosition } from '@hazard-ledger/domain';
import { EVENT_FEED, EventFeed, ProjectionStatus, ProjectionsService } from '@hazard-ledger/projection-engine';

interface Snapshot {
  statuses: ProjectionStatus[];
  head: LogPosition;
}

// START is (-1, -1): report "nothing yet" as 0, like an empty log's head.
const positionValue = (p: LogPosition): number => Math.max(0, Number(p.prepare));

/**
 * Prometheus metrics in a registry of this app's own (not prom-client's global one), so several apps in one
 * process — the e2e tests — never register the same name twice. Projection values are read at scrape time.
 */
@Injectable()
export class MetricsService implements OnModuleInit, OnModuleDestroy {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'hazard_ledger_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  /** The alarm of verification on read: stored evidence bytes no longer hash to their address. */
  readonly evidenceFilesAltered = new Counter({
    name: 'hazard_ledger_evidence_files_altered_total',
    help: 'Downloads stopped because the stored bytes did not hash to their SM3 address',
    registers: [this.registry],
  });
  private readonly logger = new Logger('Metrics');
  private projections?: ProjectionsService;
  private inFlight?: Promise<Snapshot | undefined>;

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(EVENT_FEED) private readonly feed: EventFeed,
  ) {
    collectDefaultMetrics({ register: this.registry });
    this.projectionGauge('hazard_ledger_projection_lag_events', 'Committed events not applied yet', (s) => s.lagEvents);
    this.projectionGauge(
      'hazard_ledger_projection_lag_seconds',
      'Age of the oldest event not applied yet (0 when caught up)',
      (s) => s.lagMs / 1000,
    );
    this.projectionGauge(
      'hazard_ledger_projection_checkpoint_position',
      'Global position (prepare part) of the projection checkpoint',
      (s) => positionValue(parsePosition(s.checkpoint)),
    );
    // A counter by meaning (rate() works on it), but prom-client's Counter only counts up from this process
    // with inc(); the total lives in the checkpoint row and must be exposed as read, so it is a Gauge.
    this.projectionGauge(
      'hazard_ledger_projection_events_applied_total',
      'Events applied by the projection (from its checkpoint row; a rebuild swaps in its own count)',
      (s) => s.eventsApplied,
    );
    const head: Gauge = new Gauge({
      name: 'hazard_ledger_log_head_position',
      help: 'Global position of the log head (events appended so far); rate() of it is the event throughput',
      registers: [this.registry],
      collect: async () => {
        const snapshot = await this.snapshot();
        head.reset();
        if (snapshot) head.set(positionValue(snapshot.head));
      },
    });
  }

  // Resolved at start-up rather than imported: the app's own instance, whichever module registered it.
  onModuleInit(): void {
    this.projections = this.moduleRef.get(ProjectionsService, { strict: false });
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }

  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  private projectionGauge(name: string, help: string, value: (s: ProjectionStatus) => number): void {
    const gauge: Gauge<'projection'> = new Gauge({
      name,
      help,
      labelNames: ['projection'],
      registers: [this.registry],
      collect: async () => {
        const snapshot = await this.snapshot();
        gauge.reset();
        for (const s of snapshot?.statuses ?? []) gauge.set({ projection: s.name }, value(s));
      },
    });
  }

  /**
   * One read of status and head per scrape, shared by every gauge's collect (they run concurrently). If the
   * database is unreachable the projection series are left out and the process metrics still answer.
   */
  private snapshot(): Promise<Snapshot | undefined> {
    this.inFlight ??= Promise.all([this.projections?.status() ?? [], this.feed.headPosition()])
      .then(([statuses, head]) => ({ statuses, head }))
      .catch((error: unknown) => {
        this.logger.warn(`指标采集失败 / metrics collection failed: ${String(error)}`);
        return undefined;
      })
      .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }
}
