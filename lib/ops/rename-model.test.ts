import { renameModel } from './rename-model';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/rename-model/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('rename-model', renameModel);
