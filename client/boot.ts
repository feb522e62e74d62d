// The page's first script: starts the page's first request (a shared link's Cypher, or the story) before the app's
// bundle loads (early-request.ts). The build inlines it into index.html as a classic script (vite.config.ts).
import { startEarlyRequest } from './api/early-request.js';

startEarlyRequest(window.location.search);
