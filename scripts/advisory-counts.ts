/**
 * `npm run advisories:corpus [-- --sample N] [-- --by-project]`: how often each advisory rule fires on
 * the shared corpus, with N sample hits per rule to read by hand; `--by-project` prints each project's
 * counts under the default and the strict profile instead.
 */
import { advisoryCorpusCounts, advisoryProjectCounts } from './bench/advisories';

const i = process.argv.indexOf('--sample');
if (process.argv.includes('--by-project')) advisoryProjectCounts();
else advisoryCorpusCounts(i > 0 ? Number(process.argv[i + 1]) || 5 : 0);
