import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '@hazard-ledger/projection-engine';

/** Answers "which streams exist, how far has each gone, and when was it last written?" */
@Entity({ name: 'stream_catalogue' })
export class StreamCatalogueRow {
  @PrimaryColumn('text', { name: 'stream_id' })
  streamId!: string;

  @Column('text')
  category!: string;

  @Column('bigint', { name: 'last_revision', transformer: bigintColumn })
  lastRevision!: bigint;

  @Column('bigint', { name: 'event_count', transformer: bigintColumn })
  eventCount!: bigint;

  @Column('text', { name: 'last_event_type' })
  lastEventType!: string;

  @Column('bigint', { name: 'last_position', transformer: bigintColumn })
  lastPosition!: bigint;

  @Column('timestamptz', { name: 'first_recorded_at' })
  firstRecordedAt!: Date;

  @Column('timestamptz', { name: 'last_recorded_at' })
  lastRecordedAt!: Date;
}
