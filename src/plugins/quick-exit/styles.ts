/**
 * The quick exit's look, inlined in the head so that it is styled before the CSS bundle arrives (or if it never
 * does). High contrast in light and dark mode, at least 44x44 px, fixed in view, above everything else.
 * Its widest is `--quick-exit-width`, and the navbar keeps that much room for it: see src/css/custom.css. On a phone
 * the width is a share of the screen, so with large text the label wraps onto two lines instead of pushing the
 * navbar (and with it the page) wider than the screen.
 */
export const quickExitCss = [
  '.quick-exit{position:fixed;top:.5rem;inset-inline-end:.5rem;z-index:2147483647;display:flex;flex-direction:column;',
  'align-items:center;justify-content:center;box-sizing:border-box;min-width:44px;min-height:44px;max-width:var(--quick-exit-width,11.5rem);',
  // !important on colour: Infima styles links with a high-specificity selector (a:not(#\\#):not(#\\#)).
  'padding:.3rem .8rem;background:#b3261e;color:#fff!important;border:2px solid #fff;border-radius:.5rem;',
  'font:700 1rem/1.2 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans Arabic",sans-serif;text-align:center;',
  'text-decoration:none!important;box-shadow:0 2px 6px rgba(0,0,0,.4)}',
  '.quick-exit:hover{background:#8c1d18;text-decoration:underline!important}',
  '.quick-exit:focus-visible{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}',
  '.quick-exit__hint{font-weight:400;font-size:.75rem;white-space:nowrap}',
  '@media (max-width:996px){.quick-exit__hint{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}}',
  '.quick-exit__status,.quick-exit__hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
  '@media print{.quick-exit,.quick-exit__status{display:none!important}}',
].join('');
