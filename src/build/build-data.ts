// npm run build:data — regenerates data/measures.json and data/channels.json from their sources.
import { buildMeasures } from './measures.js';
import { buildChannels } from './channels.js';

await buildMeasures();
await buildChannels();
