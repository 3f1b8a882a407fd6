import { parseSubgraphConfig } from '../config/subgraph-config';
import { DEMO_BIJ_GEMEENTEN } from '../domain/bij-gemeenten';

const REQUIRED = {
  DATABASE_URL: 'postgres://localhost/om',
  AUTH_ISSUER: 'https://login.example.nl',
  AUTH_AUDIENCE: 'ketengraaf',
  AUTH_JWKS_URL: 'https://login.example.nl/jwks.json',
  PSEUDONYM_KEY: 'k'.repeat(32),
};

const bijGemeenten = (env: Record<string, string>) =>
  parseSubgraphConfig({ ...REQUIRED, ...env }, 'OM_BURGEMEESTER', { port: 0 }).meldingen.settings.bijGemeenten;

describe('the gemeenten taking part in BIJ, as a setting', () => {
  it('are the demo gemeenten but Leeuwarden unless set', () => {
    expect([...bijGemeenten({})]).toEqual(DEMO_BIJ_GEMEENTEN);
    expect(bijGemeenten({}).has('0080')).toBe(false);
    expect(bijGemeenten({}).size).toBe(19);
    expect(bijGemeenten({}).has('0363')).toBe(true);
  });

  it('are the gemeentecodes given, with or without the party prefix, the prefixed winning', () => {
    expect([...bijGemeenten({ MELDINGEN_BIJ_GEMEENTEN: '0363, 0599' })]).toEqual(['0363', '0599']);
    expect([
      ...bijGemeenten({ MELDINGEN_BIJ_GEMEENTEN: '0363', OM_BURGEMEESTER_MELDINGEN_BIJ_GEMEENTEN: '0080' }),
    ]).toEqual(['0080']);
  });

  it('refuse a code that names no current gemeente, by the variable set', () => {
    expect(() => bijGemeenten({ MELDINGEN_BIJ_GEMEENTEN: '0363,9999' })).toThrow(
      'Invalid configuration: MELDINGEN_BIJ_GEMEENTEN: must name current gemeenten by their code (0363), got "9999"',
    );
    expect(() => bijGemeenten({ OM_BURGEMEESTER_MELDINGEN_BIJ_GEMEENTEN: '0363,9999' })).toThrow(
      /^Invalid configuration: OM_BURGEMEESTER_MELDINGEN_BIJ_GEMEENTEN: must name current gemeenten/,
    );
  });
});
