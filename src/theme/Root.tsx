// Root wrapper: makes in-site navigation replace the current history entry (see src/config/history.ts).
import {type ReactNode, useLayoutEffect} from 'react';
import {useHistory} from '@docusaurus/router';
import {replaceHistoryOnNavigation} from '@site/src/config/history';

function useReplaceInsteadOfPush(enabled: boolean) {
  const history = useHistory();
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    const push = history.push;
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
