import { Column, Entity, PrimaryColumn } from 'typeorm';

export const bigintColumn = {
  to: (v?: bigint | null) => (v === undefined || v === null ? v : v.toString()),
  from: (v?: string | null) => (v === undefined || v === null ? v : BigInt(v)),
};

/** Where each projection stands in the log; written in the same transaction as its rows. */
@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpoint {
  @PrimaryColumn('text')
  name!: string;

  @Column('bigint', { name: 'commit_position', transformer: bigintColumn })
  commitPosition!: bigint;

  @Column('bigint', { name: 'prepare_position', transformer: bigintColumn })
  preparePosition!: bigint;

  @Column('bigint', { name: 'events_applied', transformer: bigintColumn })
  eventsApplied!: bigint;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
