import { toggleList } from './toggle-list';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/toggle-list/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('toggle-list', toggleList);
