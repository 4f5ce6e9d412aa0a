// Wraps the theme's admonition types to add `:::safety`, the callout that opens every survivor article.
import DefaultAdmonitionTypes from '@theme-original/Admonition/Types';
import type ThemeAdmonitionTypes from '@theme/Admonition/Types';
import SafetyCallout from '@site/src/components/SafetyCallout';

// The original's module is typed loosely; it is the theme's own map of types.
const AdmonitionTypes = {...(DefaultAdmonitionTypes as typeof ThemeAdmonitionTypes), safety: SafetyCallout};

export default AdmonitionTypes;
