/**
 * The theme calls this at start-up to add Prism grammars. With code blocks plain (src/theme/CodeBlock) there is
 * nothing to highlight, so it adds none and pulls no grammar into the readers' download.
 */
export default function prismIncludeLanguages(): void {}
