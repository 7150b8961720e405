import { deleteField } from './delete-field';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/delete-field/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('delete-field', deleteField);
