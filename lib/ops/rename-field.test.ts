import { renameField } from './rename-field';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/rename-field/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('rename-field', renameField);
