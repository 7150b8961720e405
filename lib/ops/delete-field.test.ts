import { deleteField } from './delete-field';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/delete-field/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('delete-field', deleteField);
