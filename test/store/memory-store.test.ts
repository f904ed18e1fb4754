import { createMemoryStore } from '../../src/store/memory-store.js';
import { operatorStoreContract } from './store-contract.js';

operatorStoreContract('memory store', () => createMemoryStore());
