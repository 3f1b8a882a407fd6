/** A BSN that passes the elfproef, made from a number below 10^8: persons no seed holds. */
export function testBsn(n: number): string {
  for (let prefix = 90_000_000 + n * 7; ; prefix += 1) {
    const digits = String(prefix).padStart(8, '0').split('').map(Number);
    const sum = digits.reduce((total, digit, index) => total + digit * (9 - index), 0);
    const last = sum % 11;
    if (last < 10) return `${digits.join('')}${last}`;
  }
}

/** An instroom into PI Vught from and to `gemeentecode`, of test person `n`. */
export function instroom(n: number, gemeentecode: string, bsn = testBsn(n)): Record<string, unknown> {
  return {
    id: `9${String(n).padStart(9, '0')}`,
    bsn,
    personalia: { voornamen: 'Test', achternaam: `Melding ${n}`, geboortedatum: '1990-01-01' },
    instroomdatum: '2026-03-01',
    verwachteUitstroomdatum: '2026-12-15',
    titel: 'GEVANGENISSTRAF',
    inrichting: 'PI-VUGHT',
    herkomst: { soort: 'GEMEENTE', gemeentecode },
    terugkeer: { soort: 'GEMEENTE', gemeentecode },
    casemanager: { naam: 'C. Manager', email: 'c.manager@dji.example.nl' },
  };
}

export const REGISTREER_INSTROOM = /* GraphQL */ `
  mutation ($input: InstroomInput!) {
    registreerInstroom(input: $input) {
      id
    }
  }
`;

/** Waits until `check` holds, asking every 100 ms, for at most `ms`; returns how long it took. */
export async function eventually(check: () => Promise<boolean>, ms: number, what: string): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`Not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - start;
}
