import { addField } from './add-field';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/add-field/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('add-field', addField);
