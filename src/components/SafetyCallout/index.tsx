import type {ComponentProps, ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import AdmonitionLayout from '@theme/Admonition/Layout';
import styles from './styles.module.css';

type Props = Omit<ComponentProps<typeof AdmonitionLayout>, 'type'> & {children: ReactNode};

function ShieldIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm-1 14-4-4 1.4-1.4L11 13.2l4.6-4.6L17 10l-6 6Z" />
    </svg>
  );
}

/** The `:::safety` admonition: the warning that comes before any step in a survivor article. */
export default function SafetyCallout({className, title, children, ...props}: Props) {
  return (
    <AdmonitionLayout
      {...props}
      type="safety"
      icon={<ShieldIcon />}
      title={
        title ?? (
          <Translate id="safety.callout.title" description="Default title of the safety callout that opens every article">
            Before you change anything
          </Translate>
        )
      }
      className={clsx('alert', styles.safety, className)}
    >
      {children}
    </AdmonitionLayout>
  );
}
