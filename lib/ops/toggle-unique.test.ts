import { toggleUnique } from './toggle-unique';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/toggle-unique/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('toggle-unique', toggleUnique);
