import { toggleUpdatedAt } from './toggle-updated-at';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/toggle-updated-at/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('toggle-updated-at', toggleUpdatedAt);
