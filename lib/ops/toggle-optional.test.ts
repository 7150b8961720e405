import { toggleOptional } from './toggle-optional';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/toggle-optional/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('toggle-optional', toggleOptional);
