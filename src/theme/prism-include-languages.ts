/**
 * The theme calls this at start-up to add Prism grammars for code highlighting. The site has no code to
 * highlight (see src/plugins/lean-client), so it adds none and pulls no grammar into the readers' download.
 */
export default function prismIncludeLanguages(): void {}
