import type { Feature } from './features';
import { observatoryFeature } from '../features/observatory';

/** Every feature of the web app. Add one line per feature module. */
export const features: Feature[] = [
  // Daily work (each feature adds itself on its own line).
  observatoryFeature,
];
