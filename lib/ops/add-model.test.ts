import { addModel } from './add-model';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/add-model/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('add-model', addModel);
