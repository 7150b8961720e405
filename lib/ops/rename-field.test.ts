import { renameField } from './rename-field';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/rename-field/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('rename-field', renameField);
