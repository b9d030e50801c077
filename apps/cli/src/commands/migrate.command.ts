import { Command } from 'commander';
import { withPlatform } from './with-platform';

export const migrateCommand = new Command('migrate')
  .description('执行数据库迁移 / Apply pending database migrations')
  .action(async () => {
    await withPlatform(
      async ({ dataSource }) => {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        const all = await dataSource.query(`SELECT name FROM schema_migrations ORDER BY id`);
        console.log(`迁移完成 / migrations applied now: ${applied.length}; total: ${all.length}`);
      },
      { migrate: false },
    );
  });
