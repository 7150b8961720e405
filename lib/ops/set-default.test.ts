import { setDefault } from './set-default';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/set-default/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('set-default', setDefault);
