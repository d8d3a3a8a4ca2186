import type { DemoContext, ModuleContext } from '../../platform/module';

/** Filled below (whole years of diagnostics). */
export async function loadDiagnosticDemo(_ctx: ModuleContext, _demo: DemoContext) {}
