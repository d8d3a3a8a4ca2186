import type { Feature } from './features';

/** Every feature of the web app. Add one line per feature module. */
export const features: Feature[] = [];
