import { config } from 'zod/mini';

// Imported first by each page: zod otherwise probes for eval (`new Function`) as its schemas
// are built, and the page's Content-Security-Policy reports that as a violation.
config({ jitless: true });
