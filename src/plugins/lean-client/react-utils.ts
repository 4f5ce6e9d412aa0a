// theme-common's React helpers, with `useShallowMemoObject` putting the keys in code-unit order instead of ordering
// them with `localeCompare` (docs-client-utils.ts says what that costs). Any order the same on every render will do.
// theme-common does not export this module, so it is reached by its path in node_modules.
import {useMemo} from 'react';
import type {useShallowMemoObject as docusaurusUseShallowMemoObject} from '../../../node_modules/@docusaurus/theme-common/lib/utils/reactUtils.js';

export * from '../../../node_modules/@docusaurus/theme-common/lib/utils/reactUtils.js';

export const useShallowMemoObject: typeof docusaurusUseShallowMemoObject = (obj) => {
  const deps = Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // The same keys with the same values give back the same object.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the dependencies are the object's entries, as in Docusaurus's own helper.
  return useMemo(() => obj, deps.flat());
};
