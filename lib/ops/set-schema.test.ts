import { setSchema } from './set-schema';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/set-schema/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('set-schema', setSchema);
