/**
 * `npm run advisories:corpus [-- --sample N]`: how often each advisory rule fires on the shared corpus,
 * with N sample hits per rule to read by hand.
 */
import { advisoryCorpusCounts } from './bench/advisories';

const i = process.argv.indexOf('--sample');
advisoryCorpusCounts(i > 0 ? Number(process.argv[i + 1]) || 5 : 0);
