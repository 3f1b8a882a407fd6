import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

import { demoTokens, startScreensServer } from '@ketengraaf/stack';
import type { RunningScreens } from '@ketengraaf/stack';
import { createLogger } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL } from '@ketengraaf/subgraph-kit/testing';

import { eventually, instroom, REGISTREER_INSTROOM } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * The reference screens in Debian's chromium, against the whole federation: each role's werkvoorraad
 * with data, the person view with what is not shared named, the basisvoorwaarden with a version
 * conflict resolved, the meldingen inbox. Each screen's screenshot is kept in test-output/screens/,
 * and axe-core finds no serious or critical accessibility violation on it.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ROOT = join(__dirname, '..');
const SCREENSHOTS = join(ROOT, 'test-output', 'screens');

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let federation: TestStack;
let screens: RunningScreens;
let browser: Browser;

/**
 * `npm test` runs on a fresh clone without `npm run build`: the screens are built here when stale,
 * under the build lock other test files building the services take too.
 */
function buildScreensIfStale(): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-if-stale.cjs'), 'clients/screens'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('Building the screens (scripts/build-if-stale.cjs clients/screens) failed');
}

beforeAll(async () => {
  // Never skipped: CI installs chromium with apt (.ci/run), and a missing browser is a failure.
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  }
  buildScreensIfStale();
  mkdirSync(SCREENSHOTS, { recursive: true });
  federation = await startTestStack('screens', { vandaag: '2026-11-01' });
  screens = await startScreensServer({
    port: 0,
    host: '127.0.0.1',
    gatewayUrl: federation.stack.gatewayUrl,
    demoTokens: demoTokens(federation.issuer),
    log: createLogger('screens', 'silent'),
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 180_000);

afterAll(async () => {
  await browser.close();
  await screens.stop();
  await federation.stop();
});

/** A fresh browser session logged in through the role screen as one of its demo roles. */
async function aangemeldAls(rolNaam: RegExp): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // What the browser met on the way, said when the role screen does not appear.
  const events: string[] = [];
  page.on('console', (message) => events.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => events.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) events.push(`${response.status()} ${response.url()}`);
  });
  page.on('crash', () => events.push('page crashed'));
  await page.goto(screens.url);
  try {
    await page.getByLabel(rolNaam).check();
  } catch (error) {
    throw new Error(`${String(error)}\n${events.join('\n')}\n${await page.content()}`);
  }
  // By keyboard: the form is submitted with Enter from the chosen role.
  await page.getByLabel(rolNaam).press('Enter');
  await page.getByRole('heading', { name: 'Werkvoorraad' }).waitFor();
  return page;
}

/** Keeps the screenshot and checks the page with axe-core: no serious or critical violations. */
async function bewaarEnToets(page: Page, naam: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${naam}.png`), fullPage: true });
  // Evaluated rather than added as a script tag: the screens' Content Security Policy allows no inline script.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } })
      .axe;
    return (await axe.run()).violations.map(({ id, impact }) => ({ id, impact }));
  });
  expect(violations.filter(({ impact }) => impact === 'serious' || impact === 'critical')).toEqual([]);
}

const rijen = (page: Page) => page.locator('tbody tr');

test("each role's werkvoorraad shows its items with their signalen", async () => {
  for (const [rol, naam] of [
    [/Nazorgcoördinator/, 'werkvoorraad-nazorgcoordinator'],
    [/Casemanager/, 'werkvoorraad-casemanager'],
    [/Toezichthouder/, 'werkvoorraad-toezichthouder'],
    [/OOV-adviseur/, 'werkvoorraad-oov-adviseur'],
  ] as const) {
    const page = await aangemeldAls(rol);
    await rijen(page).first().waitFor();
    expect(await rijen(page).count()).toBeGreaterThan(0);
    await expect(page.locator('.signaal').count()).resolves.toBeGreaterThan(0);
    // The demo chain's D&R-plans and involvement name the organisation that supervises each person, so
    // DJI shares its part of every person on the toezichthouder's werkvoorraad (art. 18a Pbw).
    await expect(page.locator('.niet-gedeeld').count()).resolves.toBe(0);
    await bewaarEnToets(page, naam);
    await page.context().close();
  }
});

test('the person view names the party and legal ground of what is not shared', async () => {
  const page = await aangemeldAls(/Nazorgcoördinator/);
  await page.getByRole('link', { name: 'Bekijk persoon' }).first().click();
  await page.getByRole('heading', { name: 'Persoon' }).waitFor();
  await page.getByRole('heading', { name: 'DJI' }).waitFor();
  const strafzaken = page.locator('dt:has-text("Strafzaken") + dd');
  // A gemeente's nazorg never sees OM's cases (seed 002 l. 669–673): named, with OM's ground.
  await expect(strafzaken.textContent()).resolves.toMatch(
    /^Niet met u gedeeld: OM of de burgemeester deelt dit alleen op grond van [A-Z_0-9]+/,
  );
  // What the law opens to the gemeente is shown: the inrichting of the current stay (art. 18a Pbw).
  await expect(page.locator('dt:has-text("Inrichting") + dd').textContent()).resolves.not.toMatch(/Niet met u gedeeld/);
  await bewaarEnToets(page, 'persoon');
  await page.context().close();
});

test("a toezichthouder's person view holds DJI's part of the person it supervises", async () => {
  const page = await aangemeldAls(/Toezichthouder/);
  await page.getByRole('link', { name: 'Bekijk persoon' }).first().click();
  await page.getByRole('heading', { name: 'DJI' }).waitFor();
  // DJI's demo stay names the supervising organisation (art. 18a Pbw): its personalia are shared.
  await expect(page.locator('dt:has-text("Naam") + dd').textContent()).resolves.toMatch(
    /\(geboren \d{4}-\d{2}-\d{2}\)$/,
  );
  await expect(page.locator('dt:has-text("Toezichten") + dd').textContent()).resolves.toMatch(/reclassering:RN/);
  await bewaarEnToets(page, 'persoon-toezichthouder');
  await page.context().close();
});

const NAZORG_0363: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nzc-0363' };

const DOSSIER = /* GraphQL */ `
  query ($id: ID!) {
    nazorgdossier(id: $id) {
      versie
      basisvoorwaarden {
        identiteitsbewijs {
          aangevraagdOp
          gereedOp
        }
        zorg {
          zorgverzekering
        }
      }
    }
  }
`;

interface DossierStand {
  versie: number;
  basisvoorwaarden: {
    identiteitsbewijs: { aangevraagdOp: string | null; gereedOp: string | null };
    zorg: { zorgverzekering: boolean };
  };
}

const dossierStand = async (id: string): Promise<DossierStand> => {
  const response = await federation.ask(federation.stack.gatewayUrl, NAZORG_0363, DOSSIER, { id });
  expect(response.errors).toBeUndefined();
  return response.data?.['nazorgdossier'] as DossierStand;
};

test('the basisvoorwaarden are edited, and a version conflict is shown and resolved', async () => {
  const page = await aangemeldAls(/Nazorgcoördinator/);
  await page.getByRole('link', { name: 'Bekijk persoon' }).first().click();
  await page.getByRole('link', { name: 'basisvoorwaarden' }).first().click();
  await page.getByLabel('Aangevraagd op').waitFor();
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
  const voor = await dossierStand(id);
  await page.getByLabel('Aangevraagd op').fill('2026-10-20');
  await page.getByLabel('Gereed op').fill('2026-10-28');

  // Someone else changes the dossier meanwhile.
  const ander = await federation.ask(
    federation.stack.gatewayUrl,
    { ...NAZORG_0363, sub: 'collega' },
    /* GraphQL */ `
      mutation ($input: BasisvoorwaardenInput!) {
        werkBasisvoorwaardenBij(input: $input) {
          versie
        }
      }
    `,
    { input: { dossierId: id, verwachteVersie: voor.versie, zorg: { zorgverzekering: true } } },
  );
  expect(ander.errors).toBeUndefined();

  await page.getByRole('button', { name: 'Opslaan' }).click();
  const conflict = page.getByRole('alert');
  await expect(conflict.textContent()).resolves.toContain(
    `Iemand anders heeft dit dossier intussen gewijzigd; het is nu versie ${voor.versie + 1}`,
  );
  expect((await dossierStand(id)).basisvoorwaarden.identiteitsbewijs.aangevraagdOp).toBe(
    voor.basisvoorwaarden.identiteitsbewijs.aangevraagdOp,
  );
  await bewaarEnToets(page, 'basisvoorwaarden-versieconflict');

  await page.getByRole('button', { name: `Mijn wijziging toepassen op versie ${voor.versie + 1}` }).click();
  await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
  const na = await dossierStand(id);
  expect(na.versie).toBe(voor.versie + 2);
  expect(na.basisvoorwaarden.identiteitsbewijs).toEqual({ aangevraagdOp: '2026-10-20', gereedOp: '2026-10-28' });
  // The other's change survives: the user's change was applied to the current version, not over it.
  expect(na.basisvoorwaarden.zorg.zorgverzekering).toBe(true);
  await bewaarEnToets(page, 'basisvoorwaarden');
  await page.context().close();
});

test("the beheerder's inbox lists the meldingen its gemeente received, and an unknown role gets no token", async () => {
  const casemanager: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };
  const registered = await federation.ask(federation.stack.gatewayUrl, casemanager, REGISTREER_INSTROOM, {
    input: instroom(901, '0363'),
  });
  expect(registered.errors).toBeUndefined();
  const beheerder: TokenClaims = { org: 'gemeente:0363', role: 'beheerder', sub: 'beheer-0363' };
  await eventually(
    async () => {
      const inbox = await federation.ask(
        federation.stack.gatewayUrl,
        beheerder,
        '{ gemeenteInkomendeMeldingen(first: 1) { edges { node { id } } } }',
      );
      return ((inbox.data?.['gemeenteInkomendeMeldingen'] as { edges: unknown[] } | undefined)?.edges.length ?? 0) > 0;
    },
    10_000,
    'the instroom melding at gemeente 0363',
  );

  const page = await aangemeldAls(/Beheerder/);
  await page.getByRole('link', { name: 'Meldingen' }).click();
  await page.getByRole('cell', { name: 'nl.ketengraaf.dji.detentie.begonnen' }).first().waitFor();
  await expect(page.getByRole('cell', { name: 'dji:PI-VUGHT' }).count()).resolves.toBeGreaterThan(0);
  await bewaarEnToets(page, 'meldingen');

  // The demo token endpoint signs only what the issuer knows: a made-up role is refused, named.
  await page.getByRole('button', { name: 'Andere rol kiezen' }).click();
  await page.getByLabel('Rol', { exact: true }).fill('directeur');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Role "directeur" does not exist/);
  await bewaarEnToets(page, 'kies-rol');
  await page.context().close();
});

test("the screens' demo tokens are the gateway IDE's: one handler, the same checks and answers", async () => {
  const ask = async (base: string, path: string, body: unknown) => {
    const response = await fetch(new URL(path, base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  for (const choice of [
    { organisatie: 'gemeente:0363', rol: 'casemanager' },
    { organisatie: 'gemeente:9999', rol: 'nazorgcoordinator' },
    { organisatie: 'gemeente:0363' },
    { organisatie: 'gemeente:0363', rol: 'nazorgcoordinator', gebruiker: 'twee woorden' },
  ]) {
    const screensAnswer = await ask(screens.url, '/demo-token', choice);
    expect(screensAnswer.status).toBe(400);
    expect(screensAnswer).toEqual(await ask(federation.stack.gatewayUrl, '/ide/token', choice));
    expect(screensAnswer.body).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'INVALID_INPUT' } }],
    });
  }
  const signed = await ask(screens.url, '/demo-token', {
    organisatie: 'gemeente:0363',
    rol: 'nazorgcoordinator',
    gebruiker: 'nc-7',
  });
  const token = String(signed.body['token']);
  const answer = await postGraphQL(
    federation.stack.gatewayUrl,
    '{ __typename }',
    {},
    { authorization: `Bearer ${token}` },
  );
  expect(answer.errors).toBeUndefined();
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
  expect(claims).toMatchObject({ org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-7' });
});
