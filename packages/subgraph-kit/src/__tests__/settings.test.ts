import { z } from 'zod';

import { parseEnvironment } from '../config/parse-environment';
import {
  booleanSetting,
  dateSetting,
  httpUrlSetting,
  jsonObjectSetting,
  listenHostSetting,
  oneOfSetting,
  portSetting,
  postgresUrlSetting,
  secretSetting,
  textSetting,
  wholeNumberSetting,
} from '../config/settings';

/** The message a setting, read from `SETTING`, refuses `value` with, as the operator reads it. */
function refusal(setting: z.ZodType, value: string | undefined): string {
  try {
    parseEnvironment(z.object({ SETTING: setting }), { SETTING: value });
  } catch (error) {
    return (error as Error).message.replace(/^Invalid configuration: /, '');
  }
  throw new Error(`${String(value)} was accepted`);
}

describe('a setting refuses a bad value by saying what it expects, and what it got', () => {
  it.each([
    [
      'a count of days',
      wholeNumberSetting({ min: 1, unit: 'days' }),
      'forever',
      'must be a whole number of days of at least 1, got "forever"',
    ],
    [
      'a count in a range',
      wholeNumberSetting({ min: 1, max: 50, unit: 'attempts' }),
      '51',
      'must be a whole number of attempts from 1 to 50, got "51"',
    ],
    [
      'a count, not a fraction',
      wholeNumberSetting({ min: 1 }),
      '2.5',
      'must be a whole number of at least 1, got "2.5"',
    ],
    [
      'a count, not a number written otherwise',
      wholeNumberSetting({ min: 1, unit: 'milliseconds' }),
      '1e3',
      'must be a whole number of milliseconds of at least 1, got "1e3"',
    ],
    ['a count, not an empty value', wholeNumberSetting({ min: 1 }), '', 'must be a whole number of at least 1, got ""'],
    ['a port', portSetting(), '70000', 'must be a port number (0–65535), got "70000"'],
    ['a port that may not be 0', portSetting({ min: 1 }), '0', 'must be a port number (1–65535), got "0"'],
    ['one of some words', oneOfSetting(['any', 'registered']), 'some', 'must be one of any, registered, got "some"'],
    ['a boolean', booleanSetting, 'yes', 'must be true or false, got "yes"'],
    [
      'an http(s) URL',
      httpUrlSetting,
      'ftp://files.example.nl',
      'must be an http(s) URL, got "ftp://files.example.nl"',
    ],
    [
      'an http(s) URL, not a host name',
      httpUrlSetting,
      'collector:4318',
      'must be an http(s) URL, got "collector:4318"',
    ],
    ['a date', dateSetting, '1-2-2026', 'must be a date written YYYY-MM-DD, got "1-2-2026"'],
    ['a date that is no day', dateSetting, '2026-02-30', 'must be a date written YYYY-MM-DD, got "2026-02-30"'],
    [
      'an address to listen on',
      listenHostSetting,
      '0.0.0.0/0',
      'must be an IP address or a host name, such as 0.0.0.0 or 127.0.0.1, got "0.0.0.0/0"',
    ],
    ['text', textSetting, '', 'must not be empty'],
    [
      'a JSON object',
      jsonObjectSetting('a JSON object of name to URL', z.record(z.string(), httpUrlSetting)),
      '{name: 1}',
      'must be a JSON object of name to URL, got "{name: 1}"',
    ],
    [
      'a JSON object, not other JSON',
      jsonObjectSetting('a JSON object of name to URL', z.record(z.string(), httpUrlSetting)),
      '["http://a"]',
      'must be a JSON object of name to URL, got "[\\"http://a\\"]"',
    ],
  ])('%s', (_kind, setting, value, message) => {
    expect(refusal(setting, value)).toBe(`SETTING: ${message}`);
  });

  it('names the entry of a JSON object that is wrong', () => {
    const routes = jsonObjectSetting('a JSON object of name to URL', z.record(z.string(), httpUrlSetting));
    expect(refusal(routes, '{"dji": "http://dji/inbox", "om": "inbox"}')).toBe(
      'SETTING (om): must be an http(s) URL, got "inbox"',
    );
  });

  it('says of a required setting that is missing that it must be set', () => {
    expect(refusal(textSetting, undefined)).toBe('SETTING: must be set');
    expect(refusal(wholeNumberSetting({ min: 1, unit: 'days' }), undefined)).toBe('SETTING: must be set');
  });

  it('takes a good value as what it means', () => {
    const schema = z.object({
      DAYS: wholeNumberSetting({ min: 1, unit: 'days' }),
      PORT: portSetting(),
      ON: booleanSetting,
      URL: httpUrlSetting,
      DAY: dateSetting,
    });
    expect(
      parseEnvironment(schema, {
        DAYS: ' 30 ',
        PORT: '0',
        ON: 'false',
        URL: 'https://a.example.nl/x',
        DAY: '2028-02-29',
      }),
    ).toEqual({
      DAYS: 30,
      PORT: 0,
      ON: false,
      URL: 'https://a.example.nl/x',
      DAY: '2028-02-29',
    });
  });
});

describe('a secret setting', () => {
  const secret = 'hunter2-hunter2';

  it('says what is wrong with a connection string, never what it holds', () => {
    const message = refusal(postgresUrlSetting, `mysql://ketengraaf:${secret}@db.example.nl/dji`);
    expect(message).toBe(
      'SETTING: must be a postgres:// or postgresql:// connection string (its value is a secret, not repeated here)',
    );
    expect(message).not.toContain(secret);
  });

  it('says how long a key is, never the key', () => {
    const message = refusal(secretSetting({ minLength: 32 }), secret);
    expect(message).toBe('SETTING: must be at least 32 characters, got 15 (its value is a secret, not repeated here)');
    expect(message).not.toContain(secret);
  });
});
