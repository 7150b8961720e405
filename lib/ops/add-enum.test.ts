import { addEnum } from './add-enum';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/add-enum/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('add-enum', addEnum);
