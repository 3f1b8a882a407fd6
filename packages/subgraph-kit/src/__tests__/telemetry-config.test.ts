import { parseTelemetryConfig, startTelemetry } from '../telemetry/start-telemetry';

describe('the OpenTelemetry settings of a service', () => {
  it('trace nothing without an OTLP endpoint, and start nothing', async () => {
    expect(parseTelemetryConfig({}, 'dji')).toEqual({ serviceName: 'dji', tracesUrl: undefined });
    expect(parseTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }, 'dji').tracesUrl).toBeUndefined();
    const telemetry = startTelemetry(parseTelemetryConfig({}, 'dji'));
    expect(telemetry.active).toBe(false);
    await telemetry.shutdown();
  });

  it('load no SDK without a collector: its modules stay out of memory', () => {
    const loaded = jest.fn();
    jest.isolateModules(() => {
      jest.doMock('@opentelemetry/sdk-node', () => {
        loaded();
        return {};
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy, beside the watched SDK
      const isolated = require('../telemetry/start-telemetry') as { startTelemetry: typeof startTelemetry };
      expect(isolated.startTelemetry({ serviceName: 'dji' }).active).toBe(false);
    });
    expect(loaded).not.toHaveBeenCalled();
  });

  it('send spans to the endpoint plus /v1/traces, or to the traces endpoint as given', () => {
    expect(parseTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }, 'dji').tracesUrl).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(
      parseTelemetryConfig(
        {
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:9999/otlp',
        },
        'dji',
      ).tracesUrl,
    ).toBe('http://traces:9999/otlp');
  });

  it('are off with OTEL_SDK_DISABLED, renamed with OTEL_SERVICE_NAME, and refuse a bad endpoint by name', () => {
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(parseTelemetryConfig({ ...env, OTEL_SDK_DISABLED: 'true' }, 'dji').tracesUrl).toBeUndefined();
    expect(parseTelemetryConfig({ ...env, OTEL_SERVICE_NAME: 'dji-acc' }, 'dji').serviceName).toBe('dji-acc');
    expect(() => parseTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' }, 'dji')).toThrow(
      'Invalid configuration: OTEL_EXPORTER_OTLP_ENDPOINT: must be an http(s) URL, got "collector"',
    );
    expect(() => parseTelemetryConfig({ OTEL_SDK_DISABLED: 'yes' }, 'dji')).toThrow(
      'Invalid configuration: OTEL_SDK_DISABLED: must be true or false, got "yes"',
    );
  });
});
