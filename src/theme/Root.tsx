// Root wrapper: makes in-site navigation replace the current history entry (see src/config/history.ts).
import {type ReactNode, useLayoutEffect} from 'react';
import {useHistory} from '@docusaurus/router';
import {replaceHistoryOnNavigation} from '@site/src/config/history';

function useReplaceInsteadOfPush(enabled: boolean) {
  const history = useHistory();
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    // The router's own methods, swapped and restored on the same object (declared in src/docusaurus-internals.ts).
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const push = history.push;
    // eslint-disable-next-line @typescript-eslint/unbound-method
    history.push = history.replace;
    return () => {
      history.push = push;
    };
  }, [enabled, history]);
}

export default function Root({children}: {children: ReactNode}) {
  useReplaceInsteadOfPush(replaceHistoryOnNavigation);
  return <>{children}</>;
}
