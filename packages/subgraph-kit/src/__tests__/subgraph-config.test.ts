import { parseQueryLimits, parseSubgraphConfig } from '../config/subgraph-config';

const REQUIRED = {
  DJI_DATABASE_URL: 'postgres://dji:dji-password@localhost/dji',
  AUTH_ISSUER: 'https://login.example.nl',
  AUTH_AUDIENCE: 'ketengraaf',
  AUTH_JWKS_URL: 'https://login.example.nl/jwks.json',
  PSEUDONYM_KEY: 'k'.repeat(32),
};

/** The message DJI's subgraph refuses its environment with. */
function refusal(env: NodeJS.ProcessEnv): string {
  try {
    parseSubgraphConfig(env, 'DJI', { port: 4001 });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the environment was accepted');
}

describe("a subgraph's configuration, refused", () => {
  it('names the variable the operator set: the unprefixed one when only that is set, else the prefixed one', () => {
    expect(refusal({ ...REQUIRED, PROCESSING_LOG_RETENTION_DAYS: 'forever' })).toBe(
      'Invalid configuration: PROCESSING_LOG_RETENTION_DAYS: must be a whole number of days of at least 1, got "forever"',
    );
    expect(
      refusal({ ...REQUIRED, PROCESSING_LOG_RETENTION_DAYS: '30', DJI_PROCESSING_LOG_RETENTION_DAYS: 'forever' }),
    ).toBe(
      'Invalid configuration: DJI_PROCESSING_LOG_RETENTION_DAYS: must be a whole number of days of at least 1, got "forever"',
    );
    expect(refusal({ ...REQUIRED, MAX_DEPTH: 'deep' })).toBe(
      'Invalid configuration: MAX_DEPTH: must be a whole number of at least 1, got "deep"',
    );
    expect(() => parseQueryLimits({ DJI_MAX_COST: '-1' }, 'DJI')).toThrow(
      'Invalid configuration: DJI_MAX_COST: must be a whole number of at least 1, got "-1"',
    );
  });

  it('says of each kind of setting what it expects, every bad one in one message', () => {
    expect(
      refusal({
        ...REQUIRED,
        DJI_PORT: '70000',
        LOG_LEVEL: 'loud',
        MAX_PAGE_SIZE: '5000',
        AUTH_JWKS_URL: 'login.example.nl/jwks.json',
        VANDAAG: 'morgen',
        MELDINGEN_ACK_WITHIN_SECONDS: 'a day',
      }),
    ).toBe(
      'Invalid configuration: MELDINGEN_ACK_WITHIN_SECONDS: must be a whole number of seconds of at least 1, got "a day"; ' +
        'DJI_PORT: must be a port number (0–65535), got "70000"; ' +
        'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "loud"; ' +
        'MAX_PAGE_SIZE: must be a whole number of items from 1 to 1000, got "5000"; ' +
        'AUTH_JWKS_URL: must be an http(s) URL, got "login.example.nl/jwks.json"; ' +
        'VANDAAG: must be a date written YYYY-MM-DD, got "morgen"',
    );
  });

  it('names the route of MELDINGEN_ROUTES that is wrong', () => {
    expect(
      refusal({ ...REQUIRED, DJI_MELDINGEN_ROUTES: '{"gemeente:*": "inbox", "bakker:1": "http://bakker/inbox"}' }),
    ).toBe(
      'Invalid configuration: DJI_MELDINGEN_ROUTES (gemeente:*): must be an http(s) URL, got "inbox"; ' +
        'DJI_MELDINGEN_ROUTES: must name an organisation (gemeente:0363) or a kind of organisation (gemeente:*) of dji, gemeente, reclassering, om, burgemeester, justid, zvh, regiegroep, inspectie, burger, got "bakker:1"',
    );
  });

  it('names the Zorg- en Veiligheidshuis of MELDINGEN_ZVH_GEMEENTEN whose list is wrong', () => {
    expect(refusal({ ...REQUIRED, MELDINGEN_ZVH_GEMEENTEN: '{"rotterdam-rijnmond": ["0599", "9999"]}' })).toBe(
      'Invalid configuration: MELDINGEN_ZVH_GEMEENTEN (rotterdam-rijnmond): must name current gemeenten by their code (0363), got "9999"',
    );
    expect(refusal({ ...REQUIRED, MELDINGEN_ZVH_GEMEENTEN: '{"rotterdam-rijnmond": "0599"}' })).toBe(
      'Invalid configuration: MELDINGEN_ZVH_GEMEENTEN (rotterdam-rijnmond): must list gemeentecodes in a JSON array (["0599"])',
    );
    expect(refusal({ ...REQUIRED, MELDINGEN_ZVH_GEMEENTEN: '0599' })).toBe(
      'Invalid configuration: MELDINGEN_ZVH_GEMEENTEN: must be a JSON object of Zorg- en Veiligheidshuis code to a list of gemeentecodes, got "0599"',
    );
  });

  it('says which required variables are missing', () => {
    expect(refusal({})).toBe(
      'Invalid configuration: DJI_DATABASE_URL: must be set; DJI_AUTH_ISSUER: must be set; DJI_AUTH_AUDIENCE: must be set; DJI_AUTH_JWKS_URL: must be set; DJI_PSEUDONYM_KEY: must be set',
    );
  });

  it('never repeats a secret: the database URL, the pseudonym key, the client secret', () => {
    const password = 'correct-horse-battery';
    const key = 'short-pseudonym-key';
    const message = refusal({
      ...REQUIRED,
      DJI_DATABASE_URL: `mysql://dji:${password}@localhost/dji`,
      PSEUDONYM_KEY: key,
      DJI_MELDINGEN_CLIENT_SECRET: '',
    });
    expect(message).toBe(
      'Invalid configuration: DJI_DATABASE_URL: must be a postgres:// or postgresql:// connection string (its value is a secret, not repeated here); ' +
        'PSEUDONYM_KEY: must be at least 32 characters, got 19 (its value is a secret, not repeated here); ' +
        'DJI_MELDINGEN_CLIENT_SECRET: must not be empty',
    );
    expect(message).not.toContain(password);
    expect(message).not.toContain(key);
  });
});
