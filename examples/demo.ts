/**
 * `npm run demo`: builds the seed report (盐城市人社局 2020) with the model and prints it as canonical JSON.
 */
import { fromJSON, toJSON } from 'ogi-report';
import { seedReport } from './seedReport.js';

const text = toJSON(seedReport);
console.log(text);

const back = fromJSON(text);
console.error(back.success ? '✓ the JSON reads back into the same report' : back.issues);
