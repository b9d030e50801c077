import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AuthConfigError, authConfigFromEnv } from '@hazard-ledger/auth';
import { ConfigError, resolveDatabase, validateConfig } from '@hazard-ledger/database';
import { ApiModule } from './api.module';
import { configureApp } from './configure-app';
import { seedDemoData, seedDemoHazardsOverHttp, seedDemoOrdersOverHttp } from './demo/seed-demo-data';

const logger = new Logger('hazard-ledger');

async function bootstrap(): Promise<void> {
  const config = validateConfig(process.env);
  authConfigFromEnv(config); // the API alone needs JWT/OIDC settings; refuse bad ones before starting anything
  const database = await resolveDatabase(config, (line) => logger.log(line));
  const runProjections = config.RUN_PROJECTIONS === 'auto' ? database.embedded : config.RUN_PROJECTIONS === 'true';
  try {
    const app = configureApp(
      await NestFactory.create<NestExpressApplication>(ApiModule.register({ database, runProjections }), {
        bufferLogs: false,
      }),
    );
    // Nest closes first (HTTP, projections, pools); the embedded PostgreSQL stops last.
    const shutdown = async (signal: string) => {
      logger.log(`收到 ${signal}，正在停止 / ${signal} received, shutting down`);
      await app.close();
      await database.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    const demo = config.DEMO_DATA === 'auto' ? database.embedded : config.DEMO_DATA === 'true';
    if (demo) await seedDemoData(app, logger);
    await app.listen(config.PORT);
    if (demo) await seedDemoHazardsOverHttp(`http://127.0.0.1:${config.PORT}`, logger);
    if (demo) await seedDemoOrdersOverHttp(`http://127.0.0.1:${config.PORT}`, logger, runProjections);
    logger.log(`API 已就绪 / API ready: http://localhost:${config.PORT}  (OpenAPI: /docs, health: /health)`);
  } catch (error) {
    await database.stop();
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof AuthConfigError) console.error(error.message);
  else console.error('启动失败 / start-up failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
