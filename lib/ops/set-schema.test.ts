import { setSchema } from './set-schema';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/set-schema/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('set-schema', setSchema);
