import { setDocumentation } from './set-documentation';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/set-documentation/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('set-documentation', setDocumentation);
