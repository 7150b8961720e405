import { toggleUpdatedAt } from './toggle-updated-at';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/toggle-updated-at/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('toggle-updated-at', toggleUpdatedAt);
