import { parseIdentityChoice } from '../identity-config';
import { parseStackConfig } from '../stack-config';

describe("npm start's configuration, refused", () => {
  it('names the variable the operator set: a retention for every party once, without prefix; a party’s own with it', () => {
    expect(() => parseStackConfig({ PROCESSING_LOG_RETENTION_DAYS: 'forever' })).toThrow(
      'Invalid configuration: PROCESSING_LOG_RETENTION_DAYS: must be a whole number of days of at least 1, got "forever"',
    );
    expect(() =>
      parseStackConfig({ PROCESSING_LOG_RETENTION_DAYS: '30', GEMEENTE_PROCESSING_LOG_RETENTION_DAYS: '0' }),
    ).toThrow(
      'Invalid configuration: GEMEENTE_PROCESSING_LOG_RETENTION_DAYS: must be a whole number of days of at least 1, got "0"',
    );
  });

  it('says of each setting what it expects, and what it got', () => {
    expect(() => parseStackConfig({ SEED_DEMO_DATA: 'ja', GATEWAY_PORT: '-1', RECLASSERING_PORT: 'x' })).toThrow(
      'Invalid configuration: GATEWAY_PORT: must be a port number (0–65535), got "-1"; SEED_DEMO_DATA: must be true or false, got "ja"',
    );
    expect(() => parseStackConfig({ RECLASSERING_PORT: '4003.5' })).toThrow(
      'Invalid configuration: RECLASSERING_PORT: must be a port number (0–65535), got "4003.5"',
    );
    expect(() => parseIdentityChoice({ ISSUER_PORT: '0' })).toThrow(
      'Invalid configuration: ISSUER_PORT: must be a port number (1–65535), got "0"',
    );
    expect(() => parseStackConfig({ MELDINGEN_BATCH_SIZE: 'all' })).toThrow(
      'Invalid configuration: MELDINGEN_BATCH_SIZE: must be a whole number of meldingen from 1 to 1000, got "all"',
    );
  });

  it('never repeats a secret: a database URL, a pseudonym key', () => {
    const password = 'correct-horse-battery';
    const key = 'short-pseudonym-key';
    let message = '';
    try {
      parseStackConfig({ DJI_DATABASE_URL: `postgresql//dji:${password}@localhost/dji`, PSEUDONYM_KEY: key });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      'DJI_DATABASE_URL: must be a postgres:// or postgresql:// connection string (its value is a secret, not repeated here)',
    );
    expect(message).toContain(
      'PSEUDONYM_KEY: must be at least 32 characters, got 19 (its value is a secret, not repeated here)',
    );
    expect(message).not.toContain(password);
    expect(message).not.toContain(key);
  });
});
