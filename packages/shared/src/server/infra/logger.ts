import { type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(options: { level: string; name: string; pretty?: boolean }): Logger {
  return pino({
    name: options.name,
    level: options.level,
    // Credentials and message bodies never reach the logs, whatever a caller passes.
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'authToken',
        '*.authToken',
        'body',
        '*.body',
        'req.headers.cookie',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
    ...(options.pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  });
}
