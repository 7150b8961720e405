import { setDocumentation } from './set-documentation';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/set-documentation/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('set-documentation', setDocumentation);
