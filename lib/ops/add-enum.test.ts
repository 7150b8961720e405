import { addEnum } from './add-enum';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/add-enum/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('add-enum', addEnum);
