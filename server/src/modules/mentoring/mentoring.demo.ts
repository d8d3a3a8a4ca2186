import type { DemoContext, ModuleContext } from '../../platform/module';

/** Filled below. */
export async function loadMentoringDemo(_ctx: ModuleContext, _demo: DemoContext) {}
