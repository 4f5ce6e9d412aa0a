// Stands in for a theme component that only exists inside a Docusaurus build.
export default function ThemeComponent(): null {
  return null;
}
