// The search plugin ships its client code without types; the one module the search bar's wrapper calls directly
// (declared in src/docusaurus-internals.ts).
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  /** Starts (or joins) the download of the index for `baseUrl` and `searchContext` in the plugin's worker. */
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
}
