/**
 * Wraps the home icon, which only the breadcrumbs show, inside a link the theme names "Home page" (translated).
 * The drawing says nothing more: hidden from assistive technology, so the link is read once, by its name.
 */
import IconHome from '@theme-original/Icon/Home';
import type {Props} from '@theme/Icon/Home';

export default function IconHomeWrapper(props: Props) {
  return <IconHome aria-hidden="true" focusable="false" {...props} />;
}
