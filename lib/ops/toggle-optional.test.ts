import { toggleOptional } from './toggle-optional';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/toggle-optional/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('toggle-optional', toggleOptional);
