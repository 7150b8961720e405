import { changeFieldType } from './change-field-type';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/change-field-type/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('change-field-type', changeFieldType);
