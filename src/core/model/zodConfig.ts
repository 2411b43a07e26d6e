import { config } from 'zod';

// Imported by every schema module before it builds a schema: zod otherwise probes for
// eval (`new Function`) on its first parse, which a page's Content-Security-Policy
// reports as a violation, whichever chunk happens to parse first.
config({ jitless: true });
