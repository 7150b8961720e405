import { renameEnum } from './rename-enum';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/rename-enum/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('rename-enum', renameEnum);
