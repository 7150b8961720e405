import { toggleUnique } from './toggle-unique';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/toggle-unique/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('toggle-unique', toggleUnique);
