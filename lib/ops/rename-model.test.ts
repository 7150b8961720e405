import { renameModel } from './rename-model';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/rename-model/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('rename-model', renameModel);
