// The worker's door: Node's workers do not inherit tsx's loader, so register it, then load the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./group-worker.ts');
