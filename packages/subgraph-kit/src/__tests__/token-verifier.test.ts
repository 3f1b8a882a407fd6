import { startLocalIssuer } from '../identity/local-issuer';
import type { LocalIssuer } from '../identity/local-issuer';
import { createTokenVerifier } from '../identity/token-verifier';
import type { TokenVerifier } from '../identity/token-verifier';

const nazorg = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-verifier' } as const;

let issuer: LocalIssuer;
let verify: TokenVerifier;

beforeAll(async () => {
  issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-verifier' });
  verify = createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl });
});

afterAll(async () => {
  jest.useRealTimers();
  await issuer.stop();
});

describe('a verified token remembered', () => {
  it('gives the same caller again, and a token differing in its signature alone is still refused', async () => {
    const token = await issuer.sign(nazorg);
    const caller = await verify(`Bearer ${token}`);
    expect(caller).toMatchObject({ organisatie: 'gemeente:0363', rol: 'nazorgcoordinator', gebruiker: 'nc-verifier' });
    expect(await verify(`Bearer ${token}`)).toEqual(caller);
    // Another caller's token, verified between two of the first: each gets its own caller.
    const other = await verify(
      `Bearer ${await issuer.sign({ org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-1' })}`,
    );
    expect(other).toMatchObject({ organisatie: 'dji:PI-VUGHT', rol: 'casemanager', gebruiker: 'cm-1' });
    expect(await verify(`Bearer ${token}`)).toEqual(caller);
    const forged = `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'The token signature does not verify.',
    });
  });

  it('is refused as expired once it expires, well before the issuer keys are fetched again', async () => {
    const token = await issuer.sign(nazorg, '2m');
    await verify(`Bearer ${token}`);
    // Only the clock moves: the issuer's keys are fetched over real HTTP, with real timers.
    jest.useFakeTimers({
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    jest.setSystemTime(Date.now() + 5 * 60_000);
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'The token has expired.',
    });
  });
});
