// Stand-in for @docusaurus/useGlobalData; tests provide a plugin's data with setPluginData().
const data = new Map<string, unknown>();

export function setPluginData(plugin: string, value: unknown) {
  data.set(plugin, value);
}

export function usePluginData(plugin: string): unknown {
  return data.get(plugin);
}
