import { setDefault } from './set-default';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/set-default/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('set-default', setDefault);
