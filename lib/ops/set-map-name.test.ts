import { setMapName } from './set-map-name';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/set-map-name/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('set-map-name', setMapName);
