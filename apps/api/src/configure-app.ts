import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('hazard ledger 隐患全过程记录')
      .setDescription(
        'Event-sourced record of non-coal mine hazards (隐患): every fact immutable, attributable, verifiable.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  return app;
};
