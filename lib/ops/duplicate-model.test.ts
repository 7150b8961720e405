import { duplicateModel } from './duplicate-model';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/duplicate-model/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('duplicate-model', duplicateModel);
