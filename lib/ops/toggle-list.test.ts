import { toggleList } from './toggle-list';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/toggle-list/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('toggle-list', toggleList);
