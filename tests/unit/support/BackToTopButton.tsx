// Stand-in for the theme's back-to-top button: it scrolls smoothly, as the theme's does.
export default function BackToTopButton() {
  return <button type="button" aria-label="Scroll back to top" onClick={() => window.scrollTo({top: 0, behavior: 'smooth'})} />;
}
