/**
 * Client module: turns off the prefetch that Docusaurus's <Link> starts when a link scrolls into view. Hover,
 * focus and touch still preload the target (window.docusaurus.preload), so navigation stays quick.
 * The first route update runs in a layout effect, after window.docusaurus exists and before any
 * IntersectionObserver callback can fire. Docusaurus freezes that object, so it is replaced, not changed.
 */
import type {ClientModule} from '@docusaurus/types';

const noPrefetch = () => false as const;

const noViewportPrefetch: ClientModule = {
  onRouteDidUpdate() {
    if (window.docusaurus.prefetch !== noPrefetch) window.docusaurus = {...window.docusaurus, prefetch: noPrefetch};
  },
};

export default noViewportPrefetch;
