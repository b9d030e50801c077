import { hostileInputSuite } from '../../support/hostile-input-suite';

// One third of the OpenAPI operations (the suite grew past one worker's time budget as endpoints were added).
hostileInputSuite(1, 3);
