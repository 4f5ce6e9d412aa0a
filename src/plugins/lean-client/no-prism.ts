/**
 * Stands in for `prism-react-renderer` (see index.ts). The theme's start-up module hands its `Prism` to
 * prism-include-languages, which adds no grammar here; nothing else uses the package once the code block is plain.
 */
export const Prism = {languages: {}};
