import { changeFieldType } from './change-field-type';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/change-field-type/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('change-field-type', changeFieldType);
