import { toggleIgnore } from './toggle-ignore';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/toggle-ignore/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('toggle-ignore', toggleIgnore);
