import { SeededRandom } from '@ketengraaf/subgraph-kit';

/** An entity as a seed writes it: the columns the database fills itself are left out. */
export type SeedRow<TEntity> = Omit<TEntity, 'geregistreerdOp' | 'versie' | 'dagenVoorTerugkeer'>;

/**
 * A person's own random sequence, which knows whose it is: two persons' sequences may be the same
 * (32 bits of state), their ids never.
 */
export class PersonRandom extends SeededRandom {
  constructor(
    seed: string,
    readonly index: number,
  ) {
    super(seed);
  }
}

/**
 * A version-4-shaped uuid drawn from the person's own random sequence, so the ids repeat on every
 * run; its first eight digits are the person's index, so no two persons' ids are the same.
 */
export function seededUuid(random: PersonRandom): string {
  const hex = Array.from({ length: 32 }, () => random.integer(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + random.integer(0, 3)).toString(16);
  const text = random.index.toString(16).padStart(8, '0') + hex.slice(8).join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
