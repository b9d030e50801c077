import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument } from './shared/openapi-document';
import { ProblemDetailsFilter } from './shared/problem-details.filter';

/** Shared by main.ts and the e2e tests, so tests exercise exactly the production pipeline. */
export const configureApp = (app: NestExpressApplication): NestExpressApplication => {
  // A hazard record with its evidence hashes is a few kB; anything near this limit is not a real command.
  app.useBodyParser('json', { limit: '256kb' });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ProblemDetailsFilter());
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app));
  return app;
};
