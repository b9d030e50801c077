import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument } from './shared/openapi-document';
import { ProblemDetailsFilter } from './shared/problem-details.filter';
import { refuseHostileInput, requireUtf8Body } from './shared/edge/input-edge.middleware';
import { answerMalformedHttp } from './shared/edge/malformed-http';

/** Shared by main.ts and the e2e tests, so tests exercise exactly the production pipeline. */
export const configureApp = (app: NestExpressApplication): NestExpressApplication => {
  // A hazard record with its evidence hashes is a few kB; anything near this limit is not a real command.
  app.useBodyParser('json', { limit: '256kb', verify: requireUtf8Body });
  // Registered here, so ahead of the parser Nest would add at init: every parsed body passes the edge below.
  app.useBodyParser('urlencoded', { extended: true });
  // The one edge for hostile input, in front of every route (ADR 20261207-hostile-input-edge).
  app.use(refuseHostileInput);
  answerMalformedHttp(app.getHttpServer());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ProblemDetailsFilter());
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app));
  return app;
};
