import { setMapName } from './set-map-name';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/set-map-name/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('set-map-name', setMapName);
