// The page's first script: starts a shared link's Cypher request before the app's bundle loads (early-request.ts).
import { startEarlyCypher } from './api/early-request.js';

startEarlyCypher(window.location.search);
