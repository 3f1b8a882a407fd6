import type { ErrorRequestHandler, RequestHandler, Response } from 'express';

import type { ErrorCode } from '../errors/error-codes';
import type { Logger } from '../logging/logger';
import { traceContextFrom } from '../tracing/trace-context';

/** An HTTP-level refusal as the client gets it: a status, a registered code and a fixed message. */
interface HttpRefusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

/**
 * Answers with an error in the shape of a GraphQL response (`errors[].extensions.code`), so a
 * client reads every error of every service the same way, whatever layer refused the request.
 */
export function sendHttpError(res: Response, { status, code, message }: HttpRefusal): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Answers every error that reaches Express (body parsing: malformed JSON, a body over the limit,
 * an unknown `Content-Encoding` or charset, a corrupt compressed body) as JSON with a registered
 * code, in any NODE_ENV. Express's own handler would answer with an HTML page carrying the stack
 * trace and absolute paths outside production, and print the stack trace to stderr. The messages
 * are fixed texts: nothing of the parser's error, nor of the request, is echoed back.
 */
export function httpErrorHandler(log: Logger, maxBody: string): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const refusal = refusalFor(error, maxBody);
    if (refusal.code === 'INTERNAL_SERVER_ERROR') {
      const { traceId } = traceContextFrom(req.header('traceparent'));
      log.error({ err: error, traceId, path: req.path }, 'unexpected error outside GraphQL');
    } else {
      // A client's mistake, not the operator's concern: no warning.
      log.info({ code: refusal.code, status: refusal.status, path: req.path }, 'request refused before GraphQL');
    }
    if (res.headersSent) {
      // Too late for an answer of our own: end the connection, as Express would, but silently.
      res.destroy();
      return;
    }
    sendHttpError(res, refusal);
  };
}

/** `/graphql` with another method than POST. */
export const methodNotAllowed: RequestHandler = (_req, res) => {
  res.setHeader('allow', 'POST');
  sendHttpError(res, {
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    message: 'GraphQL is served on POST /graphql only.',
  });
};

/** Any path the service does not serve. */
export const routeNotFound: RequestHandler = (_req, res) => {
  sendHttpError(res, {
    status: 404,
    code: 'ROUTE_NOT_FOUND',
    message: 'Not found: GraphQL is served on POST /graphql, health on GET /health and GET /ready.',
  });
};

function refusalFor(error: unknown, maxBody: string): HttpRefusal {
  const { status, type } = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    type?: unknown;
  };
  // The `type` body-parser and raw-body give each failure.
  switch (type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${maxBody}.` };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_CONTENT_ENCODING',
        message:
          'The Content-Encoding of the request body is not supported: send it uncompressed, gzip, deflate or br.',
      };
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body must be JSON in UTF-8.' };
    default:
      break;
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Aborted or truncated bodies, a Content-Length that does not match, corrupt compressed data.
    return { status, code: 'BAD_REQUEST', message: 'The request body could not be read.' };
  }
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}
