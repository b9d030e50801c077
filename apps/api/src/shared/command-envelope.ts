import { BadRequestException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Request } from 'express';
import { CommandEnvelope, requestHashOf } from '@hazard-ledger/event-store';
import { parseIfMatch } from './etag';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

// A signer's password must never reach the log, not even hashed inside the request fingerprint.
const withoutSecrets = (body: unknown): unknown => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const { password: _password, claimCode: _claimCode, ...rest } = body as Record<string, unknown>;
  // Nor a tip reporter's name or contacts (they live in the identity vault only), nor a claim code.
  const reporter = rest.reporter;
  if (!reporter || typeof reporter !== 'object' || Array.isArray(reporter)) return rest;
  const { name: _name, phone: _phone, contact: _contact, ...kept } = reporter as Record<string, unknown>;
  return { ...rest, reporter: kept };
};

/** Reads the command-related headers of a request: If-Match, Idempotency-Key, X-Correlation-Id. */
export const commandEnvelopeOf = (
  request: Request,
  extra: { reason?: string; referenceVersion?: string; occurredAt?: string } = {},
): CommandEnvelope => {
  const key = request.header('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key))
    throw new BadRequestException(
      'Idempotency-Key 须为 8–128 位字母、数字或 ._:- / Idempotency-Key must be 8–128 characters of A–Z a–z 0–9 . _ : -',
    );
  const correlation = request.header('x-correlation-id');
  if (correlation !== undefined && !CORRELATION_ID.test(correlation))
    throw new BadRequestException('X-Correlation-Id 格式无效 / X-Correlation-Id is malformed');
  return {
    correlationId: correlation ?? randomUUID(),
    ...(key
      ? { idempotencyKey: key, requestHash: requestHashOf({ path: request.path, body: withoutSecrets(request.body) }) }
      : {}),
    expectedRevision: parseIfMatch(request.header('if-match')),
    ...extra,
  };
};
