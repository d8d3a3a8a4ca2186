import { renderApp } from './app/boot';
import { staffRoutes } from './staff.routes';

// The staff app (index.html). The server sends its login page already drawn (web/prerender.mjs): renderApp then
// hydrates it.
renderApp(staffRoutes);
