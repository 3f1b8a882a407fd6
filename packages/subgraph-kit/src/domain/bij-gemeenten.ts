import { DEMO_GEMEENTEN } from '../demo/demo-population';

/**
 * The gemeenten taking part in BIJ in the demo chain: demo data, not the real list. Seed 004
 * l. 270–272 ("Het aantal gemeenten dat deelneemt groeit gestaag, inmiddels is meer dan de helft
 * van de Nederlandse gemeenten aangesloten"): every demo gemeente takes part but Leeuwarden (0080),
 * so the demo shows a return without the BIJ norm too.
 */
export const DEMO_BIJ_GEMEENTEN: readonly string[] = [...new Set(DEMO_GEMEENTEN)].filter((code) => code !== '0080');
