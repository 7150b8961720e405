import { addModel } from './add-model';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/add-model/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('add-model', addModel);
