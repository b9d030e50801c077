import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, resolveDatabase, validateConfig } from '@hazard-ledger/database';
import { ProjectorModule } from './projector.module';

const logger = new Logger('projector');

async function bootstrap(): Promise<void> {
  const config = validateConfig(process.env);
  const database = await resolveDatabase(config, (line) => logger.log(line));
  try {
    const app = await NestFactory.createApplicationContext(ProjectorModule.register(database));
    const shutdown = async (signal: string) => {
      logger.log(`收到 ${signal}，投影在当前批次后停止 / ${signal}: stopping after the current batch`);
      await app.close();
      await database.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.init();
    logger.log('投影器已启动 / projector running');
  } catch (error) {
    await database.stop();
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `启动失败 / start-up failed: ${String(error)}`);
  process.exit(1);
});
