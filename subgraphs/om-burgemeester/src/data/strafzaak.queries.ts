import type { DataSource } from 'typeorm';

import { StrafzaakEntity } from '../entities/strafzaak.entity';

/** OM's cases as the resolvers read them; lists per person go through the request's loaders. */
export class StrafzaakQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The case with this parketnummer (already validated), or null when OM has none. */
  byParketnummer(parketnummer: string): Promise<StrafzaakEntity | null> {
    return this.dataSource.manager.findOneBy(StrafzaakEntity, { parketnummer });
  }
}
