import { toggleIgnore } from './toggle-ignore';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/toggle-ignore/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('toggle-ignore', toggleIgnore);
