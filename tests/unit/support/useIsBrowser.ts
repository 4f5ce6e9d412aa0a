// Stand-in for @docusaurus/useIsBrowser: tests render as the browser does after hydration, unless told otherwise.
let browser = true;

export function setTestIsBrowser(value: boolean) {
  browser = value;
}

export default function useIsBrowser() {
  return browser;
}
