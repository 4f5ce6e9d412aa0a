// Wraps the theme's admonition types to add `:::safety`, the callout that opens every survivor article.
import DefaultAdmonitionTypes from '@theme-original/Admonition/Types';
import SafetyCallout from '@site/src/components/SafetyCallout';

const AdmonitionTypes = {...DefaultAdmonitionTypes, safety: SafetyCallout};

export default AdmonitionTypes;
