// Wraps the colour-mode toggle so a choice applies to this page view only and is never written to storage:
// the site stores nothing in the browser (see /privacy). Without a choice it follows the system setting.
import type {ComponentProps} from 'react';
import ColorModeToggle from '@theme-original/ColorModeToggle';
import {useColorMode} from '@docusaurus/theme-common';

type Props = ComponentProps<typeof ColorModeToggle>;

export default function ColorModeToggleWrapper(props: Props) {
  const {setColorMode} = useColorMode();
  return <ColorModeToggle {...props} onChange={(choice) => setColorMode(choice, {persist: false})} />;
}
