// Wraps the colour-mode toggle so a choice applies to this page view only and is never written to storage:
// the site stores nothing in the browser (see /privacy). Without a choice it follows the system setting.
import ColorModeToggle from '@theme-original/ColorModeToggle';
import type {Props} from '@theme/ColorModeToggle';
import {useColorMode, type ColorMode} from '@docusaurus/theme-common';

// theme-common's setColorMode accepts `{persist}` at run time (lib/contexts/colorMode.js) but its type omits it.
type SetColorMode = (choice: ColorMode | null, options: {persist: boolean}) => void;

export default function ColorModeToggleWrapper(props: Props) {
  const setColorMode = useColorMode().setColorMode as SetColorMode;
  return <ColorModeToggle {...props} onChange={(choice: ColorMode | null) => setColorMode(choice, {persist: false})} />;
}
