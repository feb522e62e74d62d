// The one error middleware: every failure leaves as {"error":{code,message,details?}}; never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { describeValue } from '../../model/describe-value.js';
import { AppError } from '../errors.js';
import { OPERATIONS, openApiPath } from './openapi.js';
import { requestId } from './request-log.js';
import { BODY_OBJECT } from './validate.js';

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  /** The text it could not parse (entity.parse.failed). */
  body?: unknown;
}

/** The JSON value of `text` when it is valid JSON (the strict parser takes only objects and lists), else undefined. */
function jsonValueOf(text: unknown): { value: unknown } | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * The name of the path parameter that holds the segment `raw` in `path`, by the API's routes (`/api/nodes/%ZZ` →
 * id), or undefined when no route has a parameter there.
 */
export function paramAt(path: string, raw: string): string | undefined {
  const segments = path.replace(/\/+$/, '').split('/');
  for (const op of OPERATIONS) {
    const pattern = openApiPath(op.path).split('/');
    if (pattern.length !== segments.length) continue;
    let name: string | undefined;
    const fits = pattern.every((p, i) => {
      const param = /^\{(\w+)\}$/.exec(p)?.[1];
      if (param === undefined) return p === segments[i];
      if (segments[i] === raw) name ??= param;
      return true;
    });
    if (fits && name) return name;
  }
  return undefined;
}

/** The router's refusal of a path segment that is not valid percent-encoded UTF-8 (`%ZZ`, `%E0%A4%A`). */
function undecodableSegment(err: unknown): string | undefined {
  if (!(err instanceof URIError) || (err as BodyParserError).status !== 400) return undefined;
  return /^Failed to decode param '(.*)'$/s.exec(err.message)?.[1];
}

/** Maps anything thrown to an AppError; `path` (the request's) names the parameter a malformed path segment is. */
export function toAppError(err: unknown, path?: string): AppError {
  if (err instanceof AppError) return err;
  const segment = undecodableSegment(err);
  if (segment !== undefined) {
    const name = path === undefined ? undefined : paramAt(path, segment);
    const where = name ? `params.${name}` : 'params';
    const message = `malformed percent-encoding in ${describeValue(segment)} (expected UTF-8 bytes written as % and two hex digits)`;
    return new AppError('VALIDATION_ERROR', `Invalid ${where}: ${message}`, {
      issues: [{ path: where, message }],
    });
  }
  if (err instanceof ZodError) {
    const first = err.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'input';
    return new AppError('VALIDATION_ERROR', `Invalid ${where}: ${first?.message ?? 'invalid value'}`, {
      issues: err.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    });
  }
  const bp = err as BodyParserError;
  if (bp?.type === 'entity.too.large')
    return new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than 1 MB.');
  if (bp?.type === 'entity.parse.failed') {
    const json = jsonValueOf(bp.body);
    if (!json) return new AppError('INVALID_JSON', 'The request body is not valid JSON.');
    const message = `${BODY_OBJECT}, got ${describeValue(json.value)}`;
    return new AppError('VALIDATION_ERROR', `Invalid body: ${message}`, {
      issues: [{ path: 'body', message }],
    });
  }
  if (bp?.type === 'encoding.unsupported' || bp?.type === 'charset.unsupported') {
    return new AppError('BAD_REQUEST', 'The request body has an unsupported encoding; send UTF-8 JSON.');
  }
  if (bp?.status && bp.status >= 400 && bp.status < 500)
    return new AppError('BAD_REQUEST', 'The request could not be read.');
  return new AppError('INTERNAL', 'An unexpected error occurred.', undefined, { cause: err });
}

/** A 5xx's cause goes to `logger` (with the request's id), never to the client. */
export function createErrorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appErr = toAppError(err, req.originalUrl.split('?')[0]);
    if (appErr.status >= 500) {
      logger.error(
        { reqId: requestId(req), err: appErr.cause ?? appErr, code: appErr.code },
        'request failed',
      );
    }
    if (res.headersSent) return;
    res.status(appErr.status).json({
      error: {
        code: appErr.code,
        message: appErr.message,
        ...(appErr.details !== undefined ? { details: appErr.details } : {}),
      },
    });
  };
}

export function createApiNotFound(): RequestHandler {
  return (req, _res, next) => next(new AppError('NOT_FOUND', `No API route ${req.method} ${req.path}.`));
}
