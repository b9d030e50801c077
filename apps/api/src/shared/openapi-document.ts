import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, OperationObject, SwaggerModule } from '@nestjs/swagger';
import { PUBLIC_OPERATION } from '@hazard-ledger/auth';
import { EDGE_PROBLEMS, PROBLEM_SCHEMA, PROBLEM_SCHEMA_NAME, problemContent } from './problem-responses';

const BEARER = 'bearer';

/**
 * The OpenAPI document of the running app, completed with what holds for every operation by construction: the
 * global guard (a bearer token unless @Public(): 401, 403), the JSON body parser in front of every route (400 on
 * a malformed body), the problem filter (every error an RFC 9457 problem+json body). Generated clients rely on it.
 */
export const buildOpenApiDocument = (app: INestApplication): OpenAPIObject => {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('hazard ledger 隐患全过程记录')
      .setDescription(
        'Event-sourced record of non-coal mine hazards (隐患): every fact immutable, attributable, verifiable.',
      )
      .setVersion('0.1.0')
      // package.json's "UNLICENSED": no licence granted; the URL is npm's definition of that term.
      .setLicense(
        'UNLICENSED — proprietary, all rights reserved',
        'https://docs.npmjs.com/cli/v11/configuring-npm/package-json#license',
      )
      .addServer('/', '提供本文档的服务 / the server this document is served from')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER)
      .addSecurityRequirements(BEARER)
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [PROBLEM_SCHEMA_NAME]: PROBLEM_SCHEMA },
  };
  for (const path of Object.values(document.paths))
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const)
      if (path[method]) completeOperation(path[method]);
  return document;
};

const completeOperation = (operation: OperationObject & { [PUBLIC_OPERATION]?: unknown }): void => {
  const isPublic = operation[PUBLIC_OPERATION] === true;
  delete operation[PUBLIC_OPERATION];
  if (isPublic) operation.security = [];
  else operation.security ??= [{ [BEARER]: [] }];
  const responses = operation.responses;
  // The global filter answers every error as problem+json, whatever the handler's decorator said.
  for (const [status, response] of Object.entries(responses))
    if (Number(status) >= 400 && response && 'description' in response && !response.content)
      response.content = problemContent();
  responses['400'] ??= EDGE_PROBLEMS.badRequest;
  if (isPublic) return;
  responses['401'] ??= EDGE_PROBLEMS.unauthenticated;
  responses['403'] ??= EDGE_PROBLEMS.unknownRole;
};
