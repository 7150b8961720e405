import { renameEnumValue } from './rename-enum-value';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/rename-enum-value/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('rename-enum-value', renameEnumValue);
