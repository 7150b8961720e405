import { addField } from './add-field';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/add-field/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('add-field', addField);
