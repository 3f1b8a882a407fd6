/**
 * The gemeenten taking part in BIJ in the demo chain: demo data, not the real list. Seed 004
 * l. 270–272 ("Het aantal gemeenten dat deelneemt groeit gestaag, inmiddels is meer dan de helft
 * van de Nederlandse gemeenten aangesloten"): every demo gemeente takes part but Leeuwarden (0080),
 * so the demo shows a return without the BIJ norm too.
 */
export const DEMO_BIJ_GEMEENTEN: readonly string[] = [
  '0363',
  '0599',
  '0518',
  '0344',
  '0772',
  '0014',
  '0153',
  '0193',
  '0202',
  '0268',
  '0855',
  '0796',
  '0935',
  '0034',
  '0141',
  '0392',
  '0439',
  '1680',
  '0150',
];
